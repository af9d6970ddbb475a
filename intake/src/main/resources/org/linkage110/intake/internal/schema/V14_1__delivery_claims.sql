-- A delivery's external number, claimed as the first write of the transaction that takes it in
-- (DeliveryClaim). Concurrent deliveries of one number queue on this key instead of racing on the
-- incident's or the police matter's unique key: the first goes on, each later one finds the claim
-- taken once the first has committed (or takes it, should the first roll back) and is answered from
-- the record the first wrote. Same collation as the keys it guards.
CREATE TABLE intake_delivery_claim (
    kind            VARCHAR(20) NOT NULL,
    source          VARCHAR(20) NOT NULL,
    external_number VARCHAR(64) NOT NULL,
    PRIMARY KEY (kind, source, external_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO intake_delivery_claim (kind, source, external_number)
SELECT 'incident', source, external_number FROM intake_incident WHERE external_number IS NOT NULL;
INSERT INTO intake_delivery_claim (kind, source, external_number)
SELECT 'police-matter', source, external_number FROM intake_police_matter;
