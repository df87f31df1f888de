-- dialect: postgres
-- expect sources: staging.prices
-- expect targets: shop.products
-- expect statements: update
-- expect edge: staging.prices.price -> shop.products.price
-- expect indirect: staging.prices.sku -> shop.products.price
-- expect indirect: shop.products.sku -> shop.products.price
UPDATE shop.products p SET price = s.price
FROM staging.prices s
WHERE p.sku = s.sku
