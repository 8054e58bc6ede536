global using System.Text.Json;
global using LlmActors.ModelSim.Configuration;
global using LlmActors.ModelSim.Faults;
global using LlmActors.ModelSim.Http;
global using LlmActors.ModelSim.Text;
global using LlmActors.ModelSim.Pacing;
