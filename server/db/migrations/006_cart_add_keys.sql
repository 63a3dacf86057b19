-- Idempotency keys of bulk adds to a cart (quick order, CSV): a retried request with the same key
-- answers what the first one did instead of adding its quantities a second time.
CREATE TABLE cart_add_keys (
  cart_id integer NOT NULL REFERENCES carts ON DELETE CASCADE,
  key text NOT NULL,
  request_hash text NOT NULL,
  results jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (cart_id, key)
);
