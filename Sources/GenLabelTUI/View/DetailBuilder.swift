import GenLabelCore

/// Builds the detail views from read models. Pure; learners' personal data appears only when the
/// caller passes it (`LearnerList.shown`, for roles allowed to read it).
public enum DetailBuilder {
    /// Everything the application form carries, grouped like the form (`FormGroup`): every field is
    /// shown, an empty one as "—", so what the instruction reads is what the applicant filed.
    public static func dossier(_ detail: DossierDetail, rules: RuleParameters = .standard) -> DetailContent {
        let dossier = detail.dossier
        var lines: [DetailLine] = [
            .field(T(.fieldNumber), dossier.number),
            .field(T(.fieldState), dossier.state.displayName, emphasis: .value),
            .field(T(.fieldKind), dossier.isRenewal ? T(.kindRenewal) : T(.kindNew)),
            .field(T(.fieldSubmittedOn), dossier.submittedOn?.french ?? T(.notApplicable)),
            .field(T(.fieldScore), dossier.score.map(formatScore) ?? T(.notApplicable)),
        ]
        if let committee = detail.committee {
            lines.append(.field(T(.fieldCommittee), committee.date.french))
            let cutoff = committee.cutoff(rules).french
            lines.append(.field(T(.fieldCutoff), committee.hasExplicitCutoff ? T(.cutoffExplicit, cutoff) : T(.cutoffRule, cutoff)))
        } else {
            lines.append(.field(T(.fieldCommittee), T(.none)))
        }
        lines += applicationLines(detail.application, rules: rules)
        return DetailContent(title: T(.detailDossierTitle, dossier.number), lines: lines, dossierID: dossier.id,
                             dossierNumber: dossier.number)
    }

    /// The application's fields, group by group, in the form's order.
    static func applicationLines(_ application: DossierApplication, rules: RuleParameters) -> [DetailLine] {
        let values = DossierForm.values(of: application)
        let training = application.training, content = application.content
        func shown(_ field: FormField) -> String { field.shown(values[field] ?? "") }
        func line(_ field: FormField) -> DetailLine { .field(field.label, shown(field)) }
        var lines: [DetailLine] = []
        for group in FormGroup.allCases {
            lines += [.blank, .section(group.title)]
            switch group {
            case .organization:
                lines += [line(.organizationName), line(.siret), line(.nda),
                          .field(T(.fieldQualiopi), application.organization.qualiopi.displayName),
                          line(.qualiopiCertifiedOn), line(.obligationsUpToDate), line(.subcontractorName),
                          line(.subcontractorNDA)]
            case .training:
                let place = training.commune.isEmpty && training.inseeCode.isEmpty ? T(.notApplicable)
                    : training.inseeCode.isEmpty ? training.commune : T(.placeWithInsee, training.commune, training.inseeCode)
                lines += [line(.trainingTitle), .field(T(.fieldPlace), place), line(.region), line(.family), line(.job)]
                if !training.job.isEmpty {
                    let needed = RegionCatalog.region(code: training.regionCode)?.neededJobs.contains(training.job) ?? false
                    lines.append(.field(T(.fieldNeededJob), needed ? T(.neededJobYes) : T(.neededJobNo),
                                        emphasis: needed ? .success : .warning))
                }
            case .certification:
                // Under the "Certification" heading, shorter names than the form's fit the label column.
                lines += [line(.certificationCode), line(.certificationTitle),
                          .field(T(.ddOwnership), shown(.ownsCertification)),
                          .field(T(.ddPartnershipEnd), shown(.partnershipEndsOn))]
            case .duration:
                lines += [.field(T(.ddHoursExcludingImmersion), shown(.hours)),
                          .field(T(.ddMonthsExcludingImmersion), shown(.months)),
                          line(.remoteShare), line(.receptionPlaces), line(.immersionKind), line(.immersionWeeks),
                          line(.supportHours)]
                if let share = SelectionHints.supportShare(hours: training.hours, supportHours: content.supportHours,
                                                           rules: rules) {
                    lines.append(.field(T(.ddSupportShare),
                                        T(.instrSupportShare, content.supportHours ?? 0, training.hours,
                                          InstructionView.formatPercent(share.percent),
                                          rules.instruction.minimumSupportSharePercent),
                                        emphasis: share.isEnough ? .success : .warning))
                }
            case .sessions:
                lines += [line(.sessionsPerYear), line(.learnersPerSession), line(.targetLearnersPerSession),
                          line(.fundedPlaces), line(.plannedWomen), line(.qpvZrrLocation)]
            case .partners:
                for kind in PartnerKind.allCases {
                    let names = content.partners.filter { $0.kind == kind }.map(\.name)
                    lines.append(.field(partnerLabel(kind), names.isEmpty ? T(.notApplicable) : names.joined(separator: ", ")))
                }
            case .notes:
                let paragraphs = content.notes.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { String($0) }
                if content.notes.trimmingWhitespace.isEmpty {
                    lines.append(.text(T(.notApplicable), emphasis: .dim))
                } else {
                    lines += paragraphs.map { .text($0) }
                }
            }
            // A field added to the form later shows here too, by its form name, until it gets its place.
            for field in FormField.allCases where field.group == group && !shownAbove.contains(field) {
                lines.append(line(field))
            }
        }
        return lines
    }

    /// The form's fields the groups above show (some merged: Qualiopi status and date, commune and
    /// INSEE code; the kind in the header; partners by kind; notes in full).
    private static let shownAbove: Set<FormField> = [
        .organizationName, .siret, .nda, .qualiopiStatus, .qualiopiDate, .qualiopiCertifiedOn, .obligationsUpToDate,
        .subcontractorName, .subcontractorNDA,
        .trainingTitle, .commune, .inseeCode, .region, .family, .job, .renewal,
        .certificationCode, .certificationTitle, .ownsCertification, .partnershipEndsOn,
        .hours, .months, .remoteShare, .receptionPlaces, .immersionKind, .immersionWeeks, .supportHours,
        .sessionsPerYear, .learnersPerSession, .targetLearnersPerSession, .fundedPlaces, .plannedWomen, .qpvZrrLocation,
        .partners, .notes,
    ]

    public static func session(_ detail: SessionDetail, rules: RuleParameters = .standard,
                               learners: LearnerList = .notRead) -> DetailContent {
        let session = detail.session
        let figures = detail.figures
        var lines: [DetailLine] = [
            .field(T(.fieldTraining), detail.training.title),
            .field(T(.fieldOrganization), detail.organization.name),
            .field(T(.fieldRegion), RegionCatalog.name(of: detail.training.regionCode)),
            .blank,
            .field(T(.fieldPlannedStart), session.plannedStart.french),
            .field(T(.fieldActualStart), session.actualStart?.french ?? T(.notApplicable)),
            .field(T(.fieldEnd), session.end.french),
            .field(T(.fieldModality), session.modality?.displayName ?? T(.modalityNotRecorded),
                   emphasis: session.modality == nil ? .dim : nil),
        ]
        // A warning, never a refusal: the modality as recorded may precede GEN's decision on it.
        if session.modality == .remote, detail.training.months > rules.instruction.maximumRemoteMonths {
            lines.append(.text(T(.modalityRemoteTooLong, detail.training.months, rules.instruction.maximumRemoteMonths),
                               emphasis: .warning))
        }
        lines += [
            .field(T(.fieldCapacity), String(session.capacity)),
            .blank,
            .field(T(.fieldLearners), String(figures.learners)),
            .field(T(.fieldTargetLearners), share(figures.targetPublic, of: figures.learners)),
            .field(T(.fieldWomen), share(figures.women, of: figures.learners)),
            .field(T(.fieldQPVZRR), share(figures.qpvOrZRR, of: figures.learners)),
            .blank,
        ]
        let attestation = DeadlineRules.startAttestation(of: session, rules: rules)
        lines.append(.field(T(.fieldAttestation), received(session.startAttestationReceivedOn, computation: attestation)))
        let endList = DeadlineRules.endOfSessionList(of: session, rules: rules)
        lines.append(.field(T(.fieldEndList), received(session.endOfSessionListReceivedOn, computation: endList)))
        lines += [.blank, .section(T(.sectionReferencing))]
        for platform in ReferencingPlatform.allCases {
            let date = session.referencing[platform]
            lines.append(.field(platform.displayName, date.map { T(.referencedDone, $0.french) } ?? T(.referencedNotDone),
                                emphasis: date == nil ? .warning : .success))
        }
        switch learners {
        case .notRead: break
        case .hidden:
            lines += [.blank, .section(T(.sectionLearners)), .text(T(.learnersHidden), emphasis: .dim)]
        case .shown(let list):
            lines += [.blank, .section(T(.sectionLearners))]
            if list.isEmpty { lines.append(.text(T(.none), emphasis: .dim)) }
            for learner in list {
                lines.append(.field(learner.lastName.uppercased() + " " + learner.firstName, learnerSummary(learner)))
            }
        }
        var content = DetailContent(title: T(.detailSessionTitle, session.code, detail.training.title, detail.training.commune),
                                    lines: lines, figures: .session(session.id))
        content.source = .session(session.id)
        return content
    }

    /// "F · née le 03/04/2001 · 3 rue de l'Église, 42218 Saint-Étienne · QPV · public cible".
    static func learnerSummary(_ learner: Learner) -> String {
        var parts = [learner.gender.rawValue, DomainText.born(learner.gender, on: learner.birthDate),
                     "\(learner.address), \(learner.inseeCode) \(learner.commune)"]
        if learner.residesInQPV { parts.append("QPV") }
        if learner.residesInZRR { parts.append("ZRR") }
        if learner.isTargetPublic { parts.append(T(.learnerTargetPublic)) }
        if learner.isJobSeeker { parts.append(T(.learnerJobSeeker)) }
        return parts.joined(separator: " · ")
    }

    public static func label(_ detail: LabelDetail, rules: RuleParameters = .standard, today: CalendarDate? = nil) -> DetailContent {
        let label = detail.label
        let monitoring = detail.monitoring
        let shown = today.map { LabelLifecycle.shownState(label, today: $0, rules: rules) } ?? label.state
        var lines: [DetailLine] = [
            shown == label.state
                ? .field(T(.fieldState), label.state.displayName, emphasis: .value)
                : .field(T(.fieldState), T(.lbShownExpired, label.state.displayName), emphasis: .warning),
            .field(T(.fieldSigned), label.conventionSignedOn.french),
            .field(T(.fieldExpires), label.expiresOn(rules).french),
            .field(T(.lbFieldOfficer), monitoring.officer.isEmpty ? T(.lbNoOfficer) : monitoring.officer),
        ]
        if label.state == .pendingQualiopiAudit {
            let audit: String
            if case .auditScheduled(let on) = detail.organization.qualiopi { audit = T(.lbAuditOn, on.french) } else { audit = T(.lbAuditUnknown) }
            lines.append(.field(T(.kindQualiopiAudit), audit, emphasis: .warning))
        }
        lines.append(.field(T(.lbFieldRenewal), monitoring.renewals.isEmpty ? T(.none) : monitoring.renewals.joined(separator: ", ")))
        lines.append(.blank)
        // Annual reports, one line per calendar year owed so far.
        lines.append(.section(T(.lbSectionReports)))
        let lastYear = min(label.expiresOn(rules).year, (today ?? label.expiresOn(rules)).year)
        let received = Dictionary(detail.annualReports.compactMap { r in r.receivedOn.map { (r.year, $0) } },
                                  uniquingKeysWith: { a, _ in a })
        if label.conventionSignedOn.year > lastYear { lines.append(.text(T(.none), emphasis: .dim)) }
        for year in stride(from: label.conventionSignedOn.year, through: lastYear, by: 1) {
            if let on = received[year] {
                lines.append(.field(String(year), T(.lbReportReceived, on.french), emphasis: .success))
            } else {
                lines.append(.field(String(year), T(.lbReportMissing, DeadlineRules.annualReport(year: year, rules: rules).result.french),
                                    emphasis: .warning))
            }
        }
        lines.append(.blank)
        lines.append(.section(T(.lbSectionRequests)))
        if monitoring.requests.isEmpty { lines.append(.text(T(.none), emphasis: .dim)) }
        for request in monitoring.requests {
            lines.append(.text("• " + request.summary, emphasis: request.isPending ? .warning : nil))
        }
        lines.append(.blank)
        lines.append(.section(T(.lbSectionHistory)))
        if monitoring.events.isEmpty { lines.append(.text(T(.none), emphasis: .dim)) }
        for event in monitoring.events {
            lines.append(.field(event.on.french, event.summary))
        }
        lines.append(.blank)
        lines += trainingLines(detail.training)
        lines.append(.blank)
        lines += organizationLines(detail.organization)
        lines.append(.blank)
        lines.append(.section(T(.fieldSessions)))
        if detail.sessions.isEmpty { lines.append(.text(T(.none), emphasis: .dim)) }
        for session in detail.sessions {
            lines.append(.field(session.code, "\(session.effectiveStart.french) → \(session.end.french)"))
        }
        var content = DetailContent(title: T(.detailLabelTitle, detail.training.title), lines: lines,
                                    figures: .training(detail.training.id))
        content.source = .label(detail.label.id)
        return content
    }

    public static func alert(_ alert: Alert, today: CalendarDate? = nil) -> DetailContent {
        var lines: [DetailLine] = [
            .field(T(.fieldSeverity), "\(alert.severity.marker) \(alert.severity.displayName)", emphasis: role(of: alert.severity)),
            .field(T(.fieldDue), "\(alert.dueDate.french) — \(alert.deltaLongText) (\(alert.deltaText))"),
            .field(T(.fieldComputation), alert.computation.explanation),
        ]
        if !alert.trainingTitle.isEmpty {
            lines.append(.field(T(.fieldTraining), alert.trainingText))
            lines.append(.field(T(.fieldRegion), RegionCatalog.name(of: alert.regionCode)))
        }
        lines.append(.field(T(.colSubject), alert.subjectText))
        if alert.labelID != nil {
            lines.append(.field(T(.lbFieldOfficer), alert.officer.isEmpty ? T(.lbNoOfficer) : alert.officer))
        }
        if let handling = alert.handling {
            let role: StyleRole = alert.handlingStatus.isActive ? .dim : .value
            lines.append(.field(T(.ahField), handling.summary(today: today ?? handling.on), emphasis: role))
        }
        lines += [.blank, .text(T(.ahHint), emphasis: .dim)]
        let target: DetailRequest?
        switch alert.subject {
        case .session(let id, _): target = .session(id)
        case .label(let id), .annualReport(let id, _), .modificationRequest(let id, _, _): target = .label(id)
        case .committee: target = nil
        }
        var content = DetailContent(title: T(.detailAlertTitle, alert.kind.displayName), lines: lines, target: target)
        content.alert = alert
        return content
    }

    /// The style role that shows a severity.
    public static func role(of severity: Severity) -> StyleRole {
        switch severity {
        case .overdue: return .overdue
        case .dueSoon: return .dueSoon
        case .upcoming: return .upcoming
        }
    }

    /// One decimal with a French comma: "7,5".
    public static func formatScore(_ score: Double) -> String {
        // A score outside 0…10 can only come from a damaged file: show it as such, never crash.
        guard score.isFinite, (0...10).contains(score) else { return "?" }
        let tenths = Int((score * 10).rounded())
        return "\(tenths / 10),\(tenths % 10)"
    }

    /// A partner kind as the heading of its partners in the detail.
    private static func partnerLabel(_ kind: PartnerKind) -> String {
        switch kind {
        case .sourcing: return T(.ddPartnerSourcing)
        case .employment: return T(.ddPartnerEmployment)
        case .funding: return T(.ddPartnerFunding)
        }
    }

    private static func trainingLines(_ training: Training) -> [DetailLine] {
        let region = RegionCatalog.region(code: training.regionCode)
        let needed = region?.neededJobs.contains(training.job) ?? false
        return [
            .section(T(.fieldTraining)),
            .field(T(.fieldTitle), training.title),
            .field(T(.fieldPlace), T(.placeWithInsee, training.commune, training.inseeCode)),
            .field(T(.fieldRegion), region?.name ?? training.regionCode),
            .field(T(.fieldFamily), training.family?.label ?? T(.notApplicable)),
            .field(T(.fieldJob), training.job),
            .field(T(.fieldNeededJob), needed ? T(.neededJobYes) : T(.neededJobNo), emphasis: needed ? .success : .warning),
            .field(T(.fieldCertification), "\(training.certificationCode) — \(training.certificationTitle)"),
            .field(T(.fieldHours), String(training.hours)),
            .field(T(.fieldMonths), String(training.months)),
        ]
    }

    private static func organizationLines(_ organization: Organization) -> [DetailLine] {
        [
            .section(T(.fieldOrganization)),
            .field(T(.fieldName), organization.name),
            .field(T(.fieldSiret), organization.siret),
            .field(T(.fieldNda), organization.nda),
            .field(T(.fieldQualiopi), organization.qualiopi.displayName),
            .field(T(.fieldObligations), organization.obligationsUpToDate ? T(.yes) : T(.no)),
        ]
    }

    private static func share(_ part: Int, of total: Int) -> String {
        let percent = total == 0 ? 0 : Int((Double(part) * 100 / Double(total)).rounded())
        return T(.percentOf, part, total, percent)
    }

    private static func received(_ date: CalendarDate?, computation: DeadlineComputation) -> String {
        if let date { return "\(T(.received)) \(date.french)" }
        return "\(T(.missing)) — \(computation.explanation)"
    }
}

/// What a session's detail shows of its learners.
public enum LearnerList: Sendable, Equatable {
    /// Nothing (no store to read them from).
    case notRead
    /// A line saying the role does not allow reading them.
    case hidden
    /// Their names, birth dates and addresses.
    case shown([Learner])
}
