-- Ordering: delivery addresses and pickup, carts, orders with lines, history, shipments,
-- stock reservations, idempotency keys and the mail outbox.

-- Null: no limit. Minor units of the customer's currency, compared with open orders' gross value.
ALTER TABLE customers ADD COLUMN order_limit bigint CHECK (order_limit >= 0);

-- Orders not picked up (confirmed) within this many hours are cancelled by the expiry job.
ALTER TABLE supplier ADD COLUMN order_expiry_hours integer NOT NULL DEFAULT 48 CHECK (order_expiry_hours > 0);
-- Where new-order notifications go; null: none.
ALTER TABLE supplier ADD COLUMN order_email text;

CREATE TABLE pickup_location (
  id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  name text NOT NULL,
  line1 text NOT NULL,
  line2 text,
  postal_code text NOT NULL,
  city text NOT NULL,
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  opening_hours text
);

CREATE TABLE addresses (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES customers ON DELETE CASCADE,
  label text NOT NULL,
  recipient text NOT NULL,
  line1 text NOT NULL,
  line2 text,
  postal_code text NOT NULL,
  city text NOT NULL,
  region text,
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  phone text,
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX addresses_customer ON addresses (customer_id);
CREATE UNIQUE INDEX addresses_one_default ON addresses (customer_id) WHERE is_default;

-- One cart per contact and customer account, so it follows the buyer across devices.
CREATE TABLE carts (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL,
  contact_id integer NOT NULL,
  note text NOT NULL DEFAULT '',
  delivery_kind text CHECK (delivery_kind IN ('address', 'pickup')),
  delivery_address_id integer REFERENCES addresses ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (customer_id, contact_id),
  FOREIGN KEY (contact_id, customer_id) REFERENCES contact_customers ON DELETE CASCADE
);

CREATE TABLE cart_lines (
  id serial PRIMARY KEY,
  cart_id integer NOT NULL REFERENCES carts ON DELETE CASCADE,
  product_id integer NOT NULL REFERENCES products ON DELETE CASCADE,
  quantity integer NOT NULL CHECK (quantity > 0),
  -- The unit price the buyer was last shown, so placing can say which prices changed since.
  quoted_price bigint,
  quoted_currency text,
  UNIQUE (cart_id, product_id)
);

CREATE SEQUENCE order_numbers START 100001;

CREATE TABLE orders (
  id serial PRIMARY KEY,
  number text NOT NULL UNIQUE DEFAULT 'SO-' || nextval('order_numbers'),
  customer_id integer NOT NULL REFERENCES customers ON DELETE CASCADE,
  contact_id integer REFERENCES contacts ON DELETE SET NULL,
  status text NOT NULL CHECK (status IN (
    'draft', 'placed', 'pending_payment', 'paid', 'confirmed', 'in_production', 'ready', 'stock_unavailable',
    'shipped', 'delivered', 'partially_returned', 'returned', 'partially_refunded', 'cancelled', 'failed')),
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  net bigint NOT NULL,
  vat bigint NOT NULL,
  gross bigint NOT NULL,
  note text NOT NULL DEFAULT '',
  po_number text,
  -- A copy of the address (or pickup location) at the time of ordering.
  delivery jsonb NOT NULL,
  estimated_ship_date date,
  placed_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_placed ON orders (customer_id, placed_at DESC, id DESC);
CREATE INDEX orders_awaiting_pickup ON orders (placed_at) WHERE status IN ('placed', 'pending_payment');

CREATE TABLE order_lines (
  id serial PRIMARY KEY,
  order_id integer NOT NULL REFERENCES orders ON DELETE CASCADE,
  position integer NOT NULL,
  product_id integer REFERENCES products ON DELETE SET NULL,
  sku text NOT NULL,
  name text NOT NULL,
  unit text NOT NULL,
  quantity integer NOT NULL CHECK (quantity > 0),
  -- The part ordered ahead of stock; only quantity - preorder_quantity was reserved.
  preorder_quantity integer NOT NULL DEFAULT 0 CHECK (preorder_quantity >= 0 AND preorder_quantity <= quantity),
  unit_price bigint NOT NULL,
  line_total bigint NOT NULL,
  vat_rate numeric(5, 2) NOT NULL,
  UNIQUE (order_id, position)
);

CREATE TABLE order_status_history (
  id serial PRIMARY KEY,
  order_id integer NOT NULL REFERENCES orders ON DELETE CASCADE,
  status text NOT NULL,
  note text,
  actor text NOT NULL CHECK (actor IN ('buyer', 'supplier', 'system')),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_status_history_order ON order_status_history (order_id, changed_at, id);

CREATE TABLE shipments (
  id serial PRIMARY KEY,
  order_id integer NOT NULL REFERENCES orders ON DELETE CASCADE,
  carrier text NOT NULL,
  tracking_number text NOT NULL,
  tracking_url text,
  shipped_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX shipments_order ON shipments (order_id);

-- Stock taken from products.stock for an order; released_at is set once when it goes back.
CREATE TABLE stock_reservations (
  id serial PRIMARY KEY,
  order_id integer NOT NULL REFERENCES orders ON DELETE CASCADE,
  product_id integer NOT NULL REFERENCES products ON DELETE CASCADE,
  quantity integer NOT NULL CHECK (quantity > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  released_at timestamptz
);
CREATE INDEX stock_reservations_order ON stock_reservations (order_id) WHERE released_at IS NULL;

-- A placement's key, so a retried or double-clicked placement answers the same order.
CREATE TABLE idempotency_keys (
  customer_id integer NOT NULL REFERENCES customers ON DELETE CASCADE,
  key text NOT NULL,
  request_hash text NOT NULL,
  cart_hash text NOT NULL,
  order_id integer NOT NULL REFERENCES orders ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (customer_id, key)
);

-- Mail written in the order's transaction and sent after commit, with retries.
CREATE TABLE mail_outbox (
  id serial PRIMARY KEY,
  order_id integer REFERENCES orders ON DELETE SET NULL,
  kind text NOT NULL,
  recipient text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  html_body text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  -- A sender holds a message until then, so two senders never send it twice.
  leased_until timestamptz,
  sent_at timestamptz,
  failed_at timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
