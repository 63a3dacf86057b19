-- Supplier, catalogue, price lists, customers, contacts and sessions.

CREATE TABLE supplier (
  id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  name text NOT NULL,
  base_currency text NOT NULL CHECK (base_currency ~ '^[A-Z]{3}$'),
  -- how buyers see stock: an exact 'quantity' or only 'availability' (yes/no)
  stock_display text NOT NULL DEFAULT 'quantity' CHECK (stock_display IN ('quantity', 'availability')),
  prices_include_vat boolean NOT NULL DEFAULT false
);

CREATE TABLE exchange_rates (
  from_currency text NOT NULL CHECK (from_currency ~ '^[A-Z]{3}$'),
  to_currency text NOT NULL CHECK (to_currency ~ '^[A-Z]{3}$'),
  rate numeric(18, 8) NOT NULL CHECK (rate > 0),
  PRIMARY KEY (from_currency, to_currency)
);

CREATE TABLE categories (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE
);

CREATE TABLE products (
  id serial PRIMARY KEY,
  sku text NOT NULL UNIQUE,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  unit text NOT NULL DEFAULT 'pcs',
  category_id integer NOT NULL REFERENCES categories,
  tags text[] NOT NULL DEFAULT '{}',
  -- [{ "path": "/media/...", "alt": "..." }]; the server makes paths absolute
  images jsonb NOT NULL DEFAULT '[]',
  vat_rate numeric(5, 2) NOT NULL DEFAULT 19 CHECK (vat_rate >= 0),
  min_quantity integer NOT NULL DEFAULT 1 CHECK (min_quantity >= 1),
  order_multiple integer NOT NULL DEFAULT 1 CHECK (order_multiple >= 1),
  stock integer NOT NULL DEFAULT 0 CHECK (stock >= 0),
  allow_preorder boolean NOT NULL DEFAULT false,
  promoted_rank integer,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX products_category ON products (category_id);

CREATE TABLE price_lists (
  id serial PRIMARY KEY,
  name text NOT NULL,
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  is_default boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX price_lists_one_default ON price_lists (is_default) WHERE is_default;

CREATE TABLE price_list_items (
  price_list_id integer NOT NULL REFERENCES price_lists ON DELETE CASCADE,
  product_id integer NOT NULL REFERENCES products ON DELETE CASCADE,
  price bigint NOT NULL CHECK (price >= 0),
  PRIMARY KEY (price_list_id, product_id)
);
CREATE INDEX price_list_items_product ON price_list_items (product_id);

CREATE TABLE customers (
  id serial PRIMARY KEY,
  name text NOT NULL,
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  locale text NOT NULL DEFAULT 'en',
  -- null: the supplier's default price list
  price_list_id integer REFERENCES price_lists,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE contacts (
  id serial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  password_hash text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE contact_customers (
  contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
  customer_id integer NOT NULL REFERENCES customers ON DELETE CASCADE,
  permissions text[] NOT NULL DEFAULT '{catalogue,orders,invoices,statement}',
  PRIMARY KEY (contact_id, customer_id)
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
  customer_id integer NOT NULL REFERENCES customers ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_contact ON sessions (contact_id);
