-- dialect: mysql
-- expect sources: Shop.Orders
-- expect edge: Shop.Orders.id -> (result).id
SELECT `ID` FROM `Shop`.`Orders`
