-- dialect: postgres
-- expect sources: dataset.newarrivals
-- expect targets: dataset.inventory
-- expect edge: dataset.inventory.quantity -> dataset.inventory.quantity
-- expect edge: dataset.newarrivals.quantity -> dataset.inventory.quantity
UPDATE dataset.Inventory
SET quantity = quantity + (SELECT quantity FROM dataset.NewArrivals WHERE Inventory.product = NewArrivals.product),
    supply_constrained = false
WHERE product IN (SELECT product FROM dataset.NewArrivals)
