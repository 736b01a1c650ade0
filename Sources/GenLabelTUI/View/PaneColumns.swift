import GenLabelCore

/// The columns of each list pane, most important first in priority.
public enum PaneColumns {
    public static let dossiers: [TableColumn<DossierRow>] = [
        TableColumn(T(.colNumber), minWidth: 13, priority: 9) { $0.number },
        TableColumn(T(.colTraining), minWidth: 14, flex: 3, priority: 10) { $0.trainingTitle },
        TableColumn(T(.colRegion), minWidth: 12, flex: 1, priority: 3) { RegionCatalog.name(of: $0.regionCode) },
        TableColumn(T(.colState), minWidth: 14, priority: 8) { $0.state.displayName },
        TableColumn(T(.colCommittee), minWidth: 10, priority: 4, sortKey: .number { $0.committeeDate?.dayNumber ?? .min }) {
            $0.committeeDate?.french ?? ""
        },
        TableColumn(T(.colScore), minWidth: 4, priority: 5, alignment: .right,
                    sortKey: .number { $0.score.map { Int(($0 * 10).rounded()) } ?? .min }) {
            $0.score.map(DetailBuilder.formatScore) ?? ""
        },
    ]

    public static let sessions: [TableColumn<SessionRow>] = [
        TableColumn(T(.colSession), minWidth: 8, priority: 9) { $0.code },
        TableColumn(T(.colTraining), minWidth: 14, flex: 3, priority: 10) { $0.trainingTitle },
        TableColumn(T(.colStart), minWidth: 10, priority: 8, sortKey: .number { ($0.actualStart ?? $0.plannedStart).dayNumber }) {
            ($0.actualStart ?? $0.plannedStart).french
        },
        TableColumn(T(.colEnd), minWidth: 10, priority: 6, sortKey: .number { $0.end.dayNumber }) { $0.end.french },
        TableColumn(T(.colLearners), minWidth: 5, priority: 3, alignment: .right,
                    sortKey: .number { $0.learnerCount }) { String($0.learnerCount) },
        TableColumn(T(.colAttestation), minWidth: 11, priority: 5,
                    role: { $0.startAttestationReceivedOn == nil ? .warning : .success },
                    sortKey: .number { $0.startAttestationReceivedOn?.dayNumber ?? .min }) {
            $0.startAttestationReceivedOn?.french ?? T(.missing)
        },
        TableColumn(T(.colEndList), minWidth: 10, priority: 4,
                    role: { $0.endOfSessionListReceivedOn == nil ? .dim : .success },
                    sortKey: .number { $0.endOfSessionListReceivedOn?.dayNumber ?? .min }) {
            $0.endOfSessionListReceivedOn?.french ?? T(.missing)
        },
    ]

    public static let labels: [TableColumn<LabelRow>] = [
        TableColumn(T(.colTraining), minWidth: 14, flex: 3, priority: 10) { $0.trainingTitle },
        TableColumn(T(.colOrganization), minWidth: 12, flex: 2, priority: 4) { $0.organizationName },
        TableColumn(T(.colRegion), minWidth: 12, flex: 1, priority: 3) { RegionCatalog.name(of: $0.regionCode) },
        TableColumn(T(.colSigned), minWidth: 10, priority: 6, sortKey: .number { $0.signedOn.dayNumber }) { $0.signedOn.french },
        TableColumn(T(.colExpires), minWidth: 12, priority: 8, sortKey: .number { $0.expiresOn.dayNumber }) { $0.expiresOn.french },
        TableColumn(T(.colState), minWidth: 13, priority: 7, role: { $0.isPastExpiry ? .warning : nil }) { $0.shownState },
        TableColumn(T(.colOfficer), minWidth: 9, priority: 5) { $0.officer },
    ]

    /// An acknowledged (or shown snoozed) alert is dimmed in every column (README "Alertes").
    static func alertRole(_ alert: Alert, _ role: StyleRole?) -> StyleRole? {
        alert.handlingStatus.isActive ? .dim : role
    }

    public static let alerts: [TableColumn<Alert>] = [
        TableColumn("", minWidth: 3, priority: 11, role: { alertRole($0, DetailBuilder.role(of: $0.severity)) },
                    sortKey: .number { $0.severity.rawValue }) { $0.severity.marker + ($0.handlingStatus.marker.isEmpty ? " " : $0.handlingStatus.marker) },
        TableColumn(T(.colDue), minWidth: 10, priority: 10, role: { alertRole($0, DetailBuilder.role(of: $0.severity)) },
                    sortKey: .number { $0.dueDate.dayNumber }) { $0.dueDate.french },
        TableColumn(T(.colDelta), minWidth: 6, priority: 8, alignment: .right,
                    role: { alertRole($0, DetailBuilder.role(of: $0.severity)) }, sortKey: .number { $0.daysPastDue }) {
            $0.deltaText
        },
        TableColumn(T(.colWhat), minWidth: 18, flex: 1, priority: 9, role: { alertRole($0, nil) }) { $0.kind.displayName },
        TableColumn(T(.colSubject), minWidth: 16, flex: 1, priority: 7, role: { alertRole($0, nil) }) { $0.subjectText },
        TableColumn(T(.colTraining), minWidth: 12, flex: 3, priority: 6, role: { alertRole($0, nil) }) { $0.trainingText },
        TableColumn(T(.colOfficer), minWidth: 8, priority: 1, role: { alertRole($0, nil) }) { $0.officer },
        TableColumn(T(.colSeverity), minWidth: 15, priority: 2, role: { alertRole($0, DetailBuilder.role(of: $0.severity)) },
                    sortKey: .number { $0.severity.rawValue }) {
            $0.severity.displayName
        },
    ]
}
