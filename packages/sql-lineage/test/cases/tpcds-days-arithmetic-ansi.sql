-- dialect: ansi
-- expect sources: web_sales, date_dim
SELECT ws_item_sk FROM web_sales, date_dim
WHERE ws_sold_date_sk = d_date_sk AND d_date BETWEEN cast('1999-02-22' AS date) AND (cast('1999-02-22' AS date) + 30 days)
