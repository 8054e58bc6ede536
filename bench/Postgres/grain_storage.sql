-- Interim: just enough of the Orleans ADO.NET grain-storage contract (OrleansQuery rows with the provider's
-- fixed query keys, parameter names and result columns) for the budget benchmark and PostgreSQL budget tests
-- to run before the cluster branch's schema migrator lands; then they switch to silo/Schema.
CREATE TABLE IF NOT EXISTS OrleansQuery (
    QueryKey  varchar(64) PRIMARY KEY,
    QueryText text NOT NULL
);

CREATE TABLE IF NOT EXISTS bench_grain_state (
    service_id text    NOT NULL,
    state_name text    NOT NULL,
    grain_n0   bigint  NOT NULL,
    grain_n1   bigint  NOT NULL,
    grain_key  text    NOT NULL,
    payload    bytea,
    version    integer NOT NULL,
    PRIMARY KEY (service_id, state_name, grain_n0, grain_n1, grain_key)
);
-- A hot budget rewrites its whole state on every group commit; compressing it each time costs more CPU than
-- the bytes it saves (the request-id hashes in it do not compress).
ALTER TABLE bench_grain_state ALTER COLUMN payload SET STORAGE EXTERNAL;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $q$
SELECT payload AS PayloadBinary, version AS Version FROM bench_grain_state
WHERE service_id = @ServiceId AND state_name = @GrainTypeString AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1
  AND grain_key = coalesce(@GrainIdExtensionString, '');
$q$),
-- Optimistic concurrency: no ETag inserts version 1 (losing to a concurrent insert), an ETag updates only that version.
('WriteToStorageKey', $q$
WITH bumped AS (
    UPDATE bench_grain_state SET payload = @PayloadBinary, version = version + 1
    WHERE version = @GrainStateVersion::integer AND service_id = @ServiceId AND state_name = @GrainTypeString
      AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1 AND grain_key = coalesce(@GrainIdExtensionString, '')
    RETURNING version),
created AS (
    INSERT INTO bench_grain_state (service_id, state_name, grain_n0, grain_n1, grain_key, payload, version)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, coalesce(@GrainIdExtensionString, ''), @PayloadBinary, 1
    WHERE @GrainStateVersion::integer IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version)
SELECT version AS NewGrainStateVersion FROM bumped UNION ALL SELECT version FROM created;
$q$),
('ClearStorageKey', $q$
UPDATE bench_grain_state SET payload = NULL, version = version + 1
WHERE version = @GrainStateVersion::integer AND service_id = @ServiceId AND state_name = @GrainTypeString
  AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1 AND grain_key = coalesce(@GrainIdExtensionString, '')
RETURNING version AS NewGrainStateVersion;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
