import GRDB

extension GraphStore {
    /// Where a store's schema stands beside the migrations this version knows.
    enum SchemaState {
        /// Every known migration applied, none unknown.
        case current
        /// Some known migrations still to apply.
        case older
        /// Migrations applied that this version does not know: a newer ActorGraph wrote it.
        case newer(unknown: [String])
        /// No ActorGraph migration at all.
        case notAStore
    }

    static func schemaState(_ db: Database) throws -> SchemaState {
        guard try db.tableExists("grdb_migrations") else { return .notAStore }
        let applied = try migrator.appliedIdentifiers(db)
        let unknown = applied.subtracting(migrator.migrations).sorted()
        if !unknown.isEmpty { return .newer(unknown: unknown) }
        if applied.isEmpty { return .notAStore }
        return try migrator.hasCompletedMigrations(db) ? .current : .older
    }

    /// The schema's history, oldest first. A store records the migrations applied to it; one
    /// written by an older version is brought up to date when opened, and one that records a
    /// migration not listed here is refused.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-graph") { db in
            try db.execute(sql: """
                CREATE TABLE metadata (key TEXT PRIMARY KEY NOT NULL, value TEXT);
                CREATE TABLE sources (position INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, reference TEXT NOT NULL);
                CREATE TABLE vagueness (position INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE, duration TEXT NOT NULL);
                CREATE TABLE kinds (
                    position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label TEXT NOT NULL, directed INTEGER NOT NULL,
                    tone TEXT NOT NULL, cameo TEXT, goldstein REAL NOT NULL, declared INTEGER NOT NULL);
                CREATE TABLE actors (
                    position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
                    part_of TEXT, group_name TEXT, note TEXT);
                CREATE TABLE aliases (
                    actor INTEGER NOT NULL, position INTEGER NOT NULL, alias TEXT NOT NULL,
                    PRIMARY KEY (actor, position)) WITHOUT ROWID;
                CREATE TABLE relations (
                    position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
                    source TEXT NOT NULL, target TEXT NOT NULL,
                    start_date TEXT, end_date TEXT, secret INTEGER NOT NULL, secret_until_date TEXT,
                    weight REAL, note TEXT,
                    start_earliest INTEGER NOT NULL, start_latest INTEGER NOT NULL,
                    end_earliest INTEGER NOT NULL, end_latest INTEGER NOT NULL,
                    secret_until_earliest INTEGER, secret_until_latest INTEGER,
                    possible_first INTEGER NOT NULL, possible_last INTEGER NOT NULL,
                    certain_first INTEGER NOT NULL, certain_last INTEGER NOT NULL);
                CREATE TABLE citations (
                    relation INTEGER NOT NULL, position INTEGER NOT NULL, source TEXT NOT NULL,
                    PRIMARY KEY (relation, position)) WITHOUT ROWID;
                CREATE TABLE evidence (
                    relation INTEGER NOT NULL, position INTEGER NOT NULL, source TEXT NOT NULL, pages TEXT, quote TEXT,
                    PRIMARY KEY (relation, position)) WITHOUT ROWID;
                CREATE TABLE anchors (relation INTEGER NOT NULL, anchor INTEGER NOT NULL,
                    PRIMARY KEY (relation, anchor)) WITHOUT ROWID;
                INSERT INTO metadata (key, value) VALUES ('schema_version', '1');
                PRAGMA user_version = 1;
                """)
        }
        // The activity index came with the second schema; it is filled from the bounds the
        // first one already kept, so an older store needs nothing re-solved.
        migrator.registerMigration("v2-activity-index") { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE possibly_active USING rtree_i32(relation, first, last);
                CREATE VIRTUAL TABLE certainly_active USING rtree_i32(relation, first, last);
                INSERT INTO possibly_active SELECT position, possible_first, possible_last FROM relations
                    WHERE possible_first <= possible_last;
                INSERT INTO certainly_active SELECT position, certain_first, certain_last FROM relations
                    WHERE certain_first <= certain_last;
                UPDATE metadata SET value = '2' WHERE key = 'schema_version';
                PRAGMA user_version = 2;
                """)
        }
        // What an event import keeps so that files appended later continue its runs: the
        // options it was made with, the files read, the totals, every actor and every run.
        migrator.registerMigration("v3-event-import") { db in
            try db.execute(sql: """
                CREATE TABLE import_options (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE import_mapping (code TEXT PRIMARY KEY NOT NULL, kind TEXT);
                CREATE TABLE import_files (position INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE import_totals (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL);
                CREATE TABLE import_unmapped (code TEXT PRIMARY KEY NOT NULL, events INTEGER NOT NULL);
                CREATE TABLE import_actors (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL);
                CREATE TABLE import_actor_names (
                    actor INTEGER NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, uses INTEGER NOT NULL,
                    PRIMARY KEY (actor, position)) WITHOUT ROWID;
                CREATE TABLE import_runs (
                    position INTEGER PRIMARY KEY, relation TEXT NOT NULL, kind TEXT NOT NULL,
                    source TEXT NOT NULL, target TEXT NOT NULL, first_day INTEGER NOT NULL, last_day INTEGER NOT NULL,
                    events INTEGER NOT NULL, mentions INTEGER NOT NULL, goldstein_sum INTEGER NOT NULL,
                    goldstein_count INTEGER NOT NULL, weight INTEGER NOT NULL);
                CREATE TABLE import_run_codes (
                    run INTEGER NOT NULL, position INTEGER NOT NULL, code TEXT NOT NULL, events INTEGER NOT NULL,
                    PRIMARY KEY (run, position)) WITHOUT ROWID;
                CREATE TABLE import_run_citations (
                    run INTEGER NOT NULL, position INTEGER NOT NULL, day INTEGER NOT NULL, id TEXT NOT NULL,
                    reference TEXT NOT NULL, quote TEXT,
                    PRIMARY KEY (run, position)) WITHOUT ROWID;
                UPDATE metadata SET value = '3' WHERE key = 'schema_version';
                PRAGMA user_version = 3;
                """)
        }
        return migrator
    }
}
