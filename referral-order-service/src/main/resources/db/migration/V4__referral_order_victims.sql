-- The victims of an order's offences, as victim-service's victim ids only (no names: victims' details stay with the
-- RJ team in victim-service). A volunteer who has declared a conflict with one of them may not sit on its panels.
CREATE TABLE referral_order_victim (
    referral_order_id  BINARY(16) NOT NULL,
    victim_id          BINARY(16) NOT NULL,
    PRIMARY KEY (referral_order_id, victim_id),
    CONSTRAINT fk_order_victim_order FOREIGN KEY (referral_order_id) REFERENCES referral_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

