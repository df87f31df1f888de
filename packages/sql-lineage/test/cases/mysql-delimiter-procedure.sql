-- dialect: mysql
-- expect sources: sakila.payment
-- expect targets: sakila.payment_summary
-- expect statements: create_table, insert
DELIMITER ;;
CREATE TABLE sakila.payment_summary (customer_id INT, total DECIMAL(10,2));;
CREATE PROCEDURE sakila.refresh_summary()
BEGIN
  INSERT INTO sakila.payment_summary SELECT customer_id, SUM(amount) FROM sakila.payment GROUP BY customer_id;
END;;
DELIMITER ;
