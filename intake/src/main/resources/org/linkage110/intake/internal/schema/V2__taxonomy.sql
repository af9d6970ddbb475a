-- The taxonomy of 004's appendix: 9 categories and their sub-items, with keywords per item.
CREATE TABLE intake_taxonomy_item (
    code        VARCHAR(6)   NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    parent_code VARCHAR(6)   NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(150) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (code),
    CONSTRAINT fk_taxonomy_parent FOREIGN KEY (parent_code) REFERENCES intake_taxonomy_item (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE intake_taxonomy_keyword (
    item_code VARCHAR(6)  NOT NULL,
    keyword   VARCHAR(50) NOT NULL,
    PRIMARY KEY (item_code, keyword),
    CONSTRAINT fk_keyword_item FOREIGN KEY (item_code) REFERENCES intake_taxonomy_item (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
