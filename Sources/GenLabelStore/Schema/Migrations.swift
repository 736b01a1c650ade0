import GenLabelCore

/// The schema's history, in order. A shipped migration is never edited: add a new one.
public enum Migrations {
    public static var all: [Migration] {
        [
            Migration(identifier: "0001-create-schema", migrate: SchemaV1.create),
            Migration(identifier: "0002-reference-data", migrate: ReferenceDataMigration.load),
            Migration(identifier: "0003-valid-calendar-dates", migrate: DateValidityMigration.create),
            Migration(identifier: "0004-write-path", migrate: WritePathMigration.create),
            Migration(identifier: "0005-reference-lists", migrate: ReferenceListsMigration.create),
            Migration(identifier: "0006-change-log", migrate: ChangeLogMigration.create),
            Migration(identifier: "0007-instruction", migrate: InstructionMigration.create),
            Migration(identifier: "0008-label-monitoring", migrate: LabelMonitoringMigration.create),
            Migration(identifier: "0009-learner-outcomes", migrate: LearnerOutcomeMigration.create),
            Migration(identifier: "0010-session-modality-referencing", migrate: SessionReferencingMigration.create),
            Migration(identifier: "0011-learner-checks-without-lists", migrate: LearnerChecksMigration.create),
        ]
    }

    public static var migrator: DatabaseMigrator { DatabaseMigrator(all) }
}
