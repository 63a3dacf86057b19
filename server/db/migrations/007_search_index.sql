-- Catalogue search: `ILIKE '%word%'` on name, SKU and description (server/resources/catalogue.ts)
-- cannot use a b-tree index, so every search read every product. Trigram GIN indexes answer it for
-- each column; the planner combines the three with a BitmapOr. pg_trgm is a trusted extension
-- (PostgreSQL 13+), and PGlite loads it (server/db/pglite.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS products_name_trgm ON products USING gin (name gin_trgm_ops);
CREATE INDEX IF NOT EXISTS products_sku_trgm ON products USING gin (sku gin_trgm_ops);
CREATE INDEX IF NOT EXISTS products_description_trgm ON products USING gin (description gin_trgm_ops);
