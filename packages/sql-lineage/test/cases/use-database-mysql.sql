-- dialect: mysql
-- expect sources: shop.items
-- expect targets: shop.items_copy
USE shop;
CREATE TABLE items_copy AS SELECT * FROM items;
