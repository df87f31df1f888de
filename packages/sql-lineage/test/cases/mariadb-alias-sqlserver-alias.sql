-- dialect: mariadb
-- expect sources: shop.items
SELECT id FROM shop.items
