-- dialect: sqlite
-- expect sources: main.track
-- expect targets: main.long_tracks
-- expect edge: main.track.name -> main.long_tracks.name
CREATE TABLE main.long_tracks AS SELECT Name FROM main.Track WHERE Milliseconds > 600000
