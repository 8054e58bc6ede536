-- Orleans' ADO.NET providers read their SQL from this table when they start
-- ("SELECT QueryKey, QueryText FROM OrleansQuery"). Unquoted names fold to lower case on both sides.
-- Later files add their rows with INSERT ... ON CONFLICT DO UPDATE, so editing a query and restarting a silo
-- is enough to change it.
CREATE TABLE IF NOT EXISTS OrleansQuery (
    QueryKey  varchar(64) PRIMARY KEY,
    QueryText text NOT NULL
);
