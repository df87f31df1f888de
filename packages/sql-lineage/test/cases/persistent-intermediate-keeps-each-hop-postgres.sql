-- dialect: postgres
-- A persistent table the script writes and then reads is an asset of its own: a target, and a source of
-- what reads it; its column edges keep each hop.
-- expect sources: source1, source2, staging
-- expect targets: staging, target
-- expect intermediates: staging
-- expect edge: source1.id -> staging.id
-- expect edge: source2.val -> staging.val
-- expect edge: staging.id -> target.id
-- expect edge: staging.val -> target.val
CREATE TABLE staging AS SELECT s1.id, s2.val FROM source1 s1 JOIN source2 s2 ON s1.id = s2.id;
INSERT INTO target SELECT id, val FROM staging;
