-- dialect: hive
-- expect sources: db.events
-- expect targets: db.daily
-- expect edge: db.events.dt -> db.daily.dt
INSERT OVERWRITE TABLE `DB`.`Daily` SELECT `DT`, count(1) AS n FROM `db`.`Events` GROUP BY `DT`
