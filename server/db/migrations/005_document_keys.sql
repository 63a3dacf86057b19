-- Keys the after-order tables lacked: a document's order must exist and be the same customer's,
-- and indexes for the lookups that filter or join on those columns.

-- One key per order and customer, so documents can reference both together.
CREATE UNIQUE INDEX IF NOT EXISTS orders_id_customer ON orders (id, customer_id);

-- Links written before the key existed: an order that is gone or another customer's is dropped
-- (the printed order number stays on the document).
UPDATE documents d SET order_id = NULL
 WHERE order_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = d.order_id AND o.customer_id = d.customer_id);

-- The composite key also keeps a document from billing another customer's order. No cascade: an
-- order that has been invoiced is kept.
ALTER TABLE documents
  ADD CONSTRAINT documents_order_same_customer FOREIGN KEY (order_id, customer_id) REFERENCES orders (id, customer_id);

-- The documents of one order (the buyer's order detail, and the key's checks when an order changes).
CREATE INDEX IF NOT EXISTS documents_order ON documents (order_id, customer_id) WHERE order_id IS NOT NULL;
-- Every document's paid figure sums the credit notes that apply to it.
CREATE INDEX IF NOT EXISTS documents_applies_to ON documents (applies_to_document_id) WHERE applies_to_document_id IS NOT NULL;
-- Contacts of one customer account, and the cascade when a customer goes.
CREATE INDEX IF NOT EXISTS contact_customers_customer ON contact_customers (customer_id);
CREATE INDEX IF NOT EXISTS contact_invitations_customer ON contact_invitations (customer_id);
CREATE INDEX IF NOT EXISTS sessions_customer ON sessions (customer_id);
