-- The API each model call came in by (chat.completions, completions, responses, messages, embeddings, moderation),
-- so spend can be reported per front door. Rows written before this column existed keep NULL.
ALTER TABLE llmactors_spend_log ADD COLUMN IF NOT EXISTS endpoint text NULL;
