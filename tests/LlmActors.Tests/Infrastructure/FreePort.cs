using System.Net.Sockets;

namespace LlmActors.Tests.Infrastructure;

public static class FreePort
{
    // Below the kernel's ephemeral range (32768+ on Linux), so an outgoing connection can never take a port
    // between our check and the server's bind; and never the same port twice in one test run.
    private const int Low = 20000;
    private const int High = 32000;
    private static readonly HashSet<int> Given = [];

    /// <summary>A TCP port on 127.0.0.1 that was free a moment ago and that this process has not handed out before.</summary>
    public static int Next()
    {
        lock (Given)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var port = Random.Shared.Next(Low, High);
                if (Given.Contains(port) || !Bindable(port))
                {
                    continue;
                }

                Given.Add(port);
                return port;
            }
        }

        throw new InvalidOperationException("No free port found.");
    }

    private static bool Bindable(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
