import GenLabelCore

/// Migration 0002: reference data of the 2021 call — regions and their needed jobs (§1f), the
/// admissibility (§2b) and selection (§2c) criteria, and the committees of §5a.
enum ReferenceDataMigration {
    static func load(_ db: Database) throws {
        for region in RegionCatalog.all {
            try db.execute("INSERT INTO regions (code, name, is_overseas) VALUES (?, ?, ?)",
                           region.code, region.name, region.isOverseas)
            for (position, job) in region.neededJobs.enumerated() {
                try db.execute("INSERT INTO region_needed_jobs (region_code, position, job) VALUES (?, ?, ?)",
                               region.code, position + 1, job)
            }
        }
        for criterion in CriterionCatalog.admissibility {
            try db.execute("INSERT INTO admissibility_criteria (number, title, detail) VALUES (?, ?, ?)",
                           criterion.number, criterion.title, criterion.detail)
        }
        for criterion in CriterionCatalog.selection {
            try db.execute("INSERT INTO selection_criteria (number, title, detail) VALUES (?, ?, ?)",
                           criterion.number, criterion.title, criterion.detail)
        }
        // These committees met in 2022: their dossiers were collected at the 6-week cutoff, so they
        // owe nothing and stay out of the alert list.
        for date in ReferenceCommittees.committeeDates2022 {
            let committee = Committee(id: .init(0), date: CalendarDate(year: date.year, month: date.month, day: date.day)!)
            try db.execute("INSERT INTO committees (date, list_collected_on) VALUES (?, ?)",
                           committee.date.iso, committee.cutoff().iso)
        }
    }
}
