-- After the order: invoices and other documents, payments, credit limits, announcements, invitations.

-- Supplier details printed on documents. IF NOT EXISTS: another branch may add the same columns.
ALTER TABLE supplier ADD COLUMN IF NOT EXISTS address text NOT NULL DEFAULT '';
ALTER TABLE supplier ADD COLUMN IF NOT EXISTS tax_id text NOT NULL DEFAULT '';
ALTER TABLE supplier ADD COLUMN IF NOT EXISTS bank_account text NOT NULL DEFAULT '';

-- In the customer's currency, minor units; null: no credit limit.
ALTER TABLE customers ADD COLUMN IF NOT EXISTS credit_limit bigint CHECK (credit_limit >= 0);
-- Days between an invoice's issue and due dates when the supplier does not say.
-- Who is billed, as printed on new documents.
ALTER TABLE customers ADD COLUMN IF NOT EXISTS billing_address text NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN IF NOT EXISTS tax_id text NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN IF NOT EXISTS payment_terms_days integer NOT NULL DEFAULT 30 CHECK (payment_terms_days >= 0);

-- Invoices, proformas, receipts and credit notes. Amounts in the document's currency, minor units.
CREATE TABLE documents (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES customers ON DELETE CASCADE,
  type text NOT NULL CHECK (type IN ('invoice', 'proforma', 'receipt', 'credit_note')),
  number text NOT NULL UNIQUE,
  issue_date date NOT NULL,
  due_date date NOT NULL CHECK (due_date >= issue_date),
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  net bigint NOT NULL CHECK (net >= 0),
  vat bigint NOT NULL CHECK (vat >= 0),
  gross bigint NOT NULL CHECK (gross = net + vat),
  -- The order this document bills. A plain integer for now: the foreign key to orders comes with
  -- the merge of the ordering work, which owns the orders table.
  order_id integer,
  order_number text,
  -- A credit note may settle part of one invoice of the same customer.
  applies_to_document_id integer REFERENCES documents,
  -- Who was billed, as printed: { name, address, taxId }. Documents keep what they said.
  bill_to jsonb NOT NULL,
  notes text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_customer ON documents (customer_id, issue_date DESC, id DESC);

CREATE TABLE document_lines (
  document_id integer NOT NULL REFERENCES documents ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 1),
  product_id integer REFERENCES products,
  sku text,
  description text NOT NULL,
  quantity integer NOT NULL CHECK (quantity >= 1),
  unit text NOT NULL,
  unit_price bigint NOT NULL CHECK (unit_price >= 0),
  vat_rate numeric(5, 2) NOT NULL CHECK (vat_rate >= 0),
  net bigint NOT NULL,
  vat bigint NOT NULL,
  gross bigint NOT NULL,
  PRIMARY KEY (document_id, position)
);

-- The next number of each document series (prefix and year), taken atomically.
CREATE TABLE document_series (
  prefix text NOT NULL,
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (prefix, year)
);

-- Money received from a customer: allocated to one document, or on account when document_id is null.
CREATE TABLE payments (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES customers ON DELETE CASCADE,
  document_id integer REFERENCES documents,
  received_on date NOT NULL,
  amount bigint NOT NULL CHECK (amount > 0),
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  method text NOT NULL CHECK (method IN ('bank_transfer', 'card', 'cash', 'other')),
  reference text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payments_customer ON payments (customer_id, received_on);
CREATE INDEX payments_document ON payments (document_id);

CREATE TABLE announcements (
  id serial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('news', 'promotion')),
  title text NOT NULL,
  -- body_html is the sanitised HTML as stored; body the block tree buyers receive, made from it.
  body_html text NOT NULL,
  body jsonb NOT NULL,
  starts_at timestamptz,
  ends_at timestamptz CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at),
  audience text NOT NULL CHECK (audience IN ('all', 'customers')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE announcement_customers (
  announcement_id integer NOT NULL REFERENCES announcements ON DELETE CASCADE,
  customer_id integer NOT NULL REFERENCES customers ON DELETE CASCADE,
  PRIMARY KEY (announcement_id, customer_id)
);

-- Dismissals belong to the contact, so a dismissed message stays away on every device.
CREATE TABLE announcement_dismissals (
  announcement_id integer NOT NULL REFERENCES announcements ON DELETE CASCADE,
  contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
  dismissed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (announcement_id, contact_id)
);

-- Single-use links that let an invited contact set a password; only a hash of the token is kept.
CREATE TABLE contact_invitations (
  id serial PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
  customer_id integer NOT NULL REFERENCES customers ON DELETE CASCADE,
  permissions text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX contact_invitations_contact ON contact_invitations (contact_id);
