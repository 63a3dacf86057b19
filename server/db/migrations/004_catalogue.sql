-- Catalogue: favourites per contact and customer, and indexes for the catalogue's filters.

CREATE TABLE favourites (
  contact_id integer NOT NULL,
  customer_id integer NOT NULL,
  product_id integer NOT NULL REFERENCES products ON DELETE CASCADE,
  -- the last quantity the buyer chose; null until it chose one (the product minimum applies)
  usual_quantity integer CHECK (usual_quantity >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (contact_id, customer_id, product_id),
  -- a contact that loses access to a customer loses its favourites there too
  FOREIGN KEY (contact_id, customer_id) REFERENCES contact_customers ON DELETE CASCADE
);

-- The promoted strip reads at most five ranked products.
CREATE INDEX products_promoted ON products (promoted_rank) WHERE promoted_rank IS NOT NULL;
