-- Grain state for Orleans ADO.NET grain storage. The provider identifies a row by service id, the state's
-- name (what Orleans passes as "GrainTypeString") and the grain key: n0/n1 hold a Guid or integer key,
-- grain_key a string key or a key extension ('' when none). The grain type is NOT part of the identity, so
-- state names must be unique across grain types (a test enforces it).
-- payload is the state as JSON text, kept verbatim (json, not jsonb) so it reads exactly as it was written.
-- version is the ETag: it starts at 1 and every write or clear adds 1.
CREATE TABLE IF NOT EXISTS orleans_grain_state (
    service_id  varchar(150) NOT NULL,
    state_name  varchar(512) NOT NULL,
    grain_n0    bigint       NOT NULL,
    grain_n1    bigint       NOT NULL,
    grain_key   text         NOT NULL,
    payload     json,
    version     integer      NOT NULL,
    modified_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, state_name, grain_n0, grain_n1, grain_key)
);

-- Query keys, parameter names and result columns are fixed by Orleans.Persistence.AdoNet. The provider
-- hands the payload over as bytes (UTF-8 JSON from the silo's serializer) and reads it back as bytes.
-- A write answers the new version; no row (or NULL) tells the provider the ETag was stale.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $q$
SELECT convert_to(payload::text, 'UTF8') AS PayloadBinary, version AS Version
FROM orleans_grain_state
WHERE service_id = @ServiceId AND state_name = @GrainTypeString
  AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1 AND grain_key = coalesce(@GrainIdExtensionString, '');
$q$),
-- A grain with no ETag has never seen a row: insert version 1, or lose (no row back) if someone else did.
-- A grain with an ETag updates only the row still at that version.
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE orleans_grain_state
    SET payload = convert_from(@PayloadBinary, 'UTF8')::json, version = version + 1, modified_at = now()
    WHERE @GrainStateVersion IS NOT NULL AND version = @GrainStateVersion
      AND service_id = @ServiceId AND state_name = @GrainTypeString
      AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1 AND grain_key = coalesce(@GrainIdExtensionString, '')
    RETURNING version),
inserted AS (
    INSERT INTO orleans_grain_state (service_id, state_name, grain_n0, grain_n1, grain_key, payload, version)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, coalesce(@GrainIdExtensionString, ''),
           convert_from(@PayloadBinary, 'UTF8')::json, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version)
SELECT version AS NewGrainStateVersion FROM updated
UNION ALL
SELECT version FROM inserted;
$q$),
-- Clearing keeps the row (payload NULL) so the version keeps counting and a stale writer still loses.
('ClearStorageKey', $q$
UPDATE orleans_grain_state
SET payload = NULL, version = version + 1, modified_at = now()
WHERE version = @GrainStateVersion
  AND service_id = @ServiceId AND state_name = @GrainTypeString
  AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1 AND grain_key = coalesce(@GrainIdExtensionString, '')
RETURNING version AS NewGrainStateVersion;
$q$),
-- Used only with DeleteStateOnClear; answers a version different from the grain's, which the provider
-- takes as success.
('DeleteStorageKey', $q$
DELETE FROM orleans_grain_state
WHERE version = @GrainStateVersion
  AND service_id = @ServiceId AND state_name = @GrainTypeString
  AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1 AND grain_key = coalesce(@GrainIdExtensionString, '')
RETURNING version + 1 AS NewGrainStateVersion;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
