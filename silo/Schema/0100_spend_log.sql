-- The spend log: one row per model call or cache hit, appended in batches by every silo (binary COPY).
-- Idempotent, so both the schema migrator and the spend log's own first use may run it.
CREATE TABLE IF NOT EXISTS llmactors_spend_log (
    at                timestamptz      NOT NULL,
    project_id        text             NOT NULL,
    user_id           text             NULL,
    model             text             NOT NULL,
    tier              text             NULL,
    prompt_tokens     integer          NOT NULL,
    completion_tokens integer          NOT NULL,
    cost_usd          numeric(24, 12)  NOT NULL,
    cache_hit         boolean          NOT NULL,
    fallback          boolean          NOT NULL,
    latency_ms        double precision NOT NULL,
    ttft_ms           double precision NULL,
    outcome           text             NOT NULL
);

-- Every read is one project's rows over a time range.
CREATE INDEX IF NOT EXISTS llmactors_spend_log_project_at ON llmactors_spend_log (project_id, at);
