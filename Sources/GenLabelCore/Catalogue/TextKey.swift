/// Every piece of user-facing text, by role. The French text is in `French.swift`.
public enum TextKey: String, CaseIterable, Sendable {
    // Application and header
    case appTitle, headerToday, headerDatabase, headerReadOnly, headerPinnedToday
    // Panes
    case paneDossiers, paneSessions, paneLabels, paneAlerts
    case emptyDossiers, emptySessions, emptyLabels, emptyAlerts, emptyHint
    case listPosition
    // Columns
    case colNumber, colTraining, colOrganization, colRegion, colState, colCommittee, colScore
    case colSession, colStart, colEnd, colAttestation, colEndList, colSigned, colExpires
    case colSeverity, colDue, colDelta, colWhat, colSubject, colLearners
    case received, missing, notApplicable
    // Dossier states
    case stateDraft, stateSubmitted, stateAdmissible, stateInadmissible, stateUnderReview, stateReviewed
    case stateLabelled, stateRejected, stateDeferred, stateWithdrawn
    // Label states
    case labelActive, labelPendingAudit, labelExpired, labelWithdrawn, labelTerminated
    // Alerts
    case severityOverdue, severityDueSoon, severityUpcoming
    case severityMarkerOverdue, severityMarkerDueSoon, severityMarkerUpcoming
    case kindCommitteeCollection, kindAnnualReport, kindStartAttestation, kindEndOfSessionList
    case kindFirstSession, kindPostponedStart, kindLabelExpiry
    case baseCommitteeDate, baseSessionStart, baseSessionEnd, basePlannedStart, baseConventionSigned, baseReportYear
    case stepDays, stepMonths, stepYears, explanation, explanationAnnualReport
    case deltaBefore, deltaAfter, deltaToday
    case subjectCommittee, subjectSession, subjectReport, subjectLabel
    case alertsSummary, alertsUnreadable, errorLoading
    // Key bindings (footer and help)
    case keyNextPane, keyPreviousPane, keyGoToPane, keyMoveUp, keyMoveDown, keyPageUp, keyPageDown
    case keyFirst, keyLast, keyOpen, keyBack, keyHelp, keyQuit, keyFilter, keySort, keyReverseSort
    case keyOpenTarget, footerOpenTarget, footerScroll, footerFilter, footerSort, filterPrompt, filterHints, filteredCount
    case footerMove, footerPanes, footerOpen, footerBack, footerHelp, footerQuit
    case helpTitle, helpSectionThisScreen, helpClose, helpSectionList, helpSectionDetail, helpSectionEverywhere, helpSectionMoving
    case appShortTitle
    case terminalTooSmall
    // Detail views
    case detailDossierTitle, detailSessionTitle, detailLabelTitle, detailAlertTitle
    case fieldNumber, fieldState, fieldTraining, fieldOrganization, fieldSiret, fieldNda, fieldQualiopi
    case fieldObligations, fieldPlace, fieldRegion, fieldFamily, fieldJob, fieldCertification, fieldHours
    case fieldMonths, fieldCommittee, fieldCutoff, fieldSubmittedOn, fieldScore, fieldKind
    case fieldPlannedStart, fieldActualStart, fieldEnd, fieldCapacity, fieldLearners, fieldTargetLearners
    case fieldWomen, fieldQPVZRR, fieldAttestation, fieldEndList, fieldSigned, fieldExpires, fieldSessions
    case fieldDue, fieldSeverity, fieldComputation, fieldNeededJob, fieldAlerts
    case fieldTitle, fieldName
    case kindNew, kindRenewal, yes, no, qualiopiCertified, qualiopiAudit, qualiopiNone
    case cutoffExplicit, cutoffRule, neededJobYes, neededJobNo, percentOf, none
    // Command line
    case cliOverview, cliUsage, cliOptions, cliOptionDB, cliOptionDemo, cliOptionDemoScale, cliOptionToday
    case cliOptionTheme, cliOptionHelp, cliOptionVersion, cliEnvironment, cliFiles
    case errorPrefix, errorUnknownOption, errorMissingValue, errorRepeatedOption, errorBadDate, errorDateDoesNotExist, errorDateOutOfRange
    case deltaLongLate, deltaLongAhead, deltaLongToday, days, oneDay, placeWithInsee, detailPosition, helpLegend, helpFormLegend
    case systemPermission, systemMissing, systemNotRegularFile, systemFileTooLarge, systemNotADirectory, systemIsADirectory, systemReadOnlyFileSystem, systemOther
    case errorNotARegularFile, errorNotGenlabelDatabase, errorMissingDirectory
    case dbCantOpen, dbNotADatabase, dbReadOnly, dbBusy, dbCorrupt, dbFull, dbOther
    case errorBadNumber, errorUnexpectedArgument
    case errorThemeNotFound, errorThemeInvalid, errorDatabaseOpen, errorTerminal, errorDataDirectory
    case errorIncompatibleOptions, demoCreating, demoCreated
    case errorUnknownCommand, errorUnknownCommandSuggestion, errorDemoScaleWithoutDemo, errorBadChoice
    case cliSeeHelp, alertsNoneForFilters, subjectReportOfLabel, clearFilterKey, helpFilterLegend
    case cliCommands, cliCommandUsage, cliAlertsSummary, cliAlertsUsage, cliAlertsExitStatus
    case cliOptionSeverity, cliOptionKind, cliOptionFormat
    case cliOptionAlertRegion, cliOptionAlertOfficer, errorAlertRegion, errorAlertOfficer
    // Theme files
    case themeMissingEquals, themeMissingRole, themeUnknownRole, themeUnknownColor, themeUnknownAttribute
    case themeColorOutOfRange, themeMissingBackground, themeMisplacedColor, themeEmptyValue, themeDuplicate
    case themeUnreadableFile, themeInvalidEncoding
    // Terminal
    case terminalNotATerminal, terminalAlreadyActive, terminalCannotSaveState, terminalUnusable, terminalTermUnset
    // Store
    case storeNeedsMigration, cliOptionReadOnly, errorReadOnlyMissing, errorDatabaseAbsent, errorCommandFirst
    case storeCorruptValue, migrationFromNewerVersion, migrationFailed
    // MARK: Roles, audit and writes (issue 6)
    case auditMaskedKey, auditMaskedDetail
    case terminalCrashed
    case exportPseudonymizedForRole
    case auditImportUpdated, auditImported
    case promptBadDate, promptNotHere, promptConflict, promptTheirs, promptYours, promptField, promptRecorded, promptDiscard, promptHintDiscardYes, promptHintDiscardNo, promptHintKeepMine, promptHintKeepTheirs, promptHintSave, promptHintCancel, promptHintClear, promptSaved, promptCleared, keyRecordAttestation, keyRecordEndList, keyRecordActualStart, footerRecordAttestation, footerRecordEndList, footerRecordActualStart, headerUser, headerNoRole, sectionLearners, learnersHidden, learnerBorn, learnerBornFemale, learnerBornMale, learnerTargetPublic, learnerJobSeeker
    case cliUsersSummary, cliUsersUsage, cliUsersFooter, errorUsersAddArguments, errorUsersRemoveArguments, errorUsersUnknownAction, usersAdded, usersProvisionalEnded, usersRemoved, usersNone, usersYou, usersYouProvisional, usersNoRole, cliAuditSummary, cliAuditUsage, cliAuditFooter, cliAuditOptionSubject, cliAuditOptionKey, cliAuditOptionLimit, auditEmpty, auditLine, auditPurged, auditRestored, cliPurgeSummary, cliPurgeUsage, cliPurgeFooter, cliPurgeOptionBefore, cliPurgeOptionYes, errorPurgeMissingBefore, errorPurgeNeedsConfirmation, purgeNothing, purgeAnnounce, purgeConfirmPrompt, purgeCancelled, purgeDone, checkAuditIntact, checkAuditBroken, checkAuditChanged, checkAuditLink, checkAuditMissing
    case roleAdmin, roleInstruction, roleSuivi, roleComite, permissionReadPersonalData, permissionEditDossiers, permissionEditMonitoring, permissionHandleAlerts, permissionImportData, permissionManageUsers, permissionPurgePersonalData, permissionRestoreDatabase, errorOutputIsDatabase, storeForbidden, storeReadOnly, storeConflict, storeRecordMissing, storeInvalidLogin, storeUnknownUser, storeLastAdministrator, auditRoleGiven, auditRoleChanged, auditRoleRemoved, auditFactChanged, factStartAttestation, factEndList, factActualStart, factRefusedFuture, factRefusedBeforeStart, factRefusedFutureStart, factRefusedStartTooEarly
    // Key names
    case keySpace, keyHome, keyEnd, keyEnter, keyEscape, keyBackTab, keyBackspace, keyDelete, keyInsert, keyResize
    // Data exchange
    case cliExportSummary, cliExportUsage, cliExportFooter, cliExportOptionFormat, cliExportOptionOutput, errorExportMissingKind, errorExportLearners, errorExportWrite, cliBackupSummary, cliBackupUsage, cliBackupFooter, cliBackupOptionForce, errorBackupMissingFile, errorBackupExists, errorBackupSameFile, errorBackupWrite, backupDone, cliCheckSummary, cliCheckUsage, cliCheckFooter, checkTitle, checkIntegrityOK, checkIntegrityBad, checkForeignKeysOK, checkForeignKeysBad, checkSchemaOK, checkSchemaPending, checkSchemaNewer, checkNotGenlabel, checkSound, checkNotSound, checkUnreadable
    case errorRestoreReadOnly, cliRestoreSummary, cliRestoreUsage, cliRestoreFooter, errorRestoreMissingFile, errorRestoreRefused, errorRestoreUnsound, errorRestoreSameFile, errorRestoreFailed, restoreDone, restoreDoneNew
    case csvEmptyFile, csvUnsupportedEncoding, csvInvalidUTF8, csvMixedEncoding, csvUnterminatedQuote, csvTextAfterClosingQuote, csvQuoteInUnquotedField
    // MARK: Import/export (issue 5)
    case importIssueCell, importIssueLine, importIssueColumn, importIssueFile
    case importNotADate, importNotAnInteger, importNotADecimal, importOutOfRange, importNotABoolean, importBadChoice
    case importBadDigits, importBadInsee, importTooLong, importMissingValue, importLifeCycleField, importDateAfterToday, importBirthTooEarly, importMissingColumn, importUnknownColumns
    case importDuplicateColumn, importDuplicateKey, importTooManyFields, importEndBeforeStart
    case importUnknownTraining, importNoLabel, importUnknownLabel, importUnknownSession, importAmbiguousSession
    case importUnknownCommittee, importRefusedByDatabase, importNotZRR, importUnknownCommune
    case cliImportSummary, cliImportUsage, cliImportFooter, cliImportOptionDryRun
    case errorImportMissingKind, errorImportMissingFile, errorImportRead, errorImportReadOnly
    case importDone, importDryRun, importNothingWritten, importErrorCount, importMoreErrors, importProgress, importProgressETA
    case importKindDossiers, importKindSessions, importKindLearners, importKindReports, importKindCommunes, importKindQPV
    case cliExportOptionCommittee, cliExportOptionRegion, cliExportOptionState, cliExportOptionPseudonymize
    case errorExportNoCommittee, errorExportFilterNotApplicable, errorBadRegion
    case importWarningPrefix, importMoreWarnings
    // MARK: Instruction (issue 3)
    case validSiretDigits, validSiretCheck, validNda, validCertificationCode, validNumber, validNumberRange
    case cfOrganizationName, cfTrainingTitle, cfCertificationCode, cfCertificationTitle, cfOwnership, cfPartnershipEnd
    case cfSubcontractorNda, cfRemoteShare, cfReceptionPlaces, cfImmersionKind, cfImmersionWeeks, cfSupportHours
    case cfSessionsPerYear, cfLearnersPerSession, cfTargetLearnersPerSession, cfFundedPlaces, cfPlannedWomen
    case cfQpvZrrLocation, cfPartners, immersionInternship, immersionWorkStudy, immersionClientProject
    case partnerSourcing, partnerEmployment, partnerFunding, resultMet, resultNotMet, resultToCheck, verdictAdmissible
    case verdictInadmissible, verdictPending, admReasonLine, admFamilyMissing, admFamily, admCodeInvalid
    case admOwnershipMissing, admOwned, admPartnershipMissing, admPartnershipValid, admPartnershipEnded, admReferenceCommittee, admReferenceToday, admHoursShort
    case admMonthsLong, admRemoteMissing, admRemoteLong, admReceptionMissing, admReceptionNone, admDurationRemote
    case admDuration, admManual, admImmersionMissing, admImmersion, admImmersionNone, admSessionsLong
    case admSessionsMissing, admSessionsFew, admTargetFew, admSessions, admFundedMissing, admFunded, admFundedFew
    case admActiveLabel, admRenewalNoCommittee, admRenewalAfterLabel, admRenewalTooEarly, admOtherDossier, admNoOtherProcess, admQualiopiValid, admQualiopiExpired, admQualiopiAudit
    case admQualiopiNone, admNdaInvalid, admSubcontractorNda, admObligations, admObligationsNot, lcSameState
    case lcNoWayOut, lcNotAllowed, lcReasonNeeded, lcIncomplete, lcNoCommittee, lcVerdictInadmissible
    case lcVerdictAdmissible, lcVerdictPending, lcNotScored, lcGraderIncomplete, lcNoNextCommittee
    case instrAdmissibilityClosed, instrReasonNeeded, instrAutomatic, instrAuditCriterion, instrGradingClosed
    case instrGradeFirst, instrFirstGrade, instrAuditGrade, instrAuditLabel, instrAuditTransition, instrWeightsFrozen
    case instrWeightsInvalid, instrAuditWeights, keyChecklist, footerChecklist, keyGrid, footerGrid, keyTransitions
    case footerTransitions, keyCommittees, footerCommittees, instrNotADossier, instrConflict, instrQueueEnd
    case instrQueueStart, instrUnavailable, instrSavedCriterion, instrSavedGrade, instrSavedComment
    case instrSavedTransition, instrChecklistTitle, instrGridTitle, instrTransitionsTitle, instrCommitteesTitle
    case instrRankingTitle, instrVerdict, instrManualMark, instrOverride, instrDecision, instrReasonSuffix
    case instrDecisionLine, instrSpread, instrSpreadFlagged, instrIncomplete, instrGrader, instrWeights, instrMyGrade
    case instrNeededJobs, instrSupportShare, instrPossible, instrAllowed, instrAllowedWithReason, instrGoesTo
    case instrHistory, instrHistoryLine, instrCollection, instrTakesToday, instrFrozen, instrNoDossier, instrMissed
    case instrRankingRule, instrRankingEmpty, instrSpreadShort, instrInputDecide, instrInputComment
    case instrInputTransition, instrInputLabel, instrHintMet, instrHintNotMet, instrHintAutomatic, instrHintGrade
    case instrHintComment, instrHintNextDossier, instrHintApply, instrHintRanking
    // MARK: Dossier forms (issue 3)
    case formRequired, formQualiopiDateNeeded, formBadInsee, formBadPartner, formAuditChange, formGroupOrganization, formGroupTraining, formGroupCertification
    case formGroupDuration, formGroupSessions, formGroupPartners, formGroupNotes, formQualiopiDate, formQualiopiCertifiedOn, formSubcontractor, formCommune
    case formInsee, formRemoteShare, formImmersionWeeks, formPlannedWomen, formNotes, formHintSiret, formHintNda, formHintDate
    case formHintCode, formHintPartners, formHintPercent, formHintNotes, formUnset, formYes, formNo, formQualiopiNone
    case formQualiopiCertified, formQualiopiAudit, formKindNew, formKindRenewal, formOwned, formPartnership, formNotesLines, formAuditOrganizationUpdated
    case formAuditCreated, formSiretTaken, formTrainingTaken, decisionConventionFuture, facetNoCommittee, facetCommitteeOn, facetAny, facetAnyFeminine, facetInstructor
    case formTheirsKept, formFieldsToFix, formNothingChanged, historyIntro, historyLine, historyTitle, keyEditDossier, footerEditDossier
    case keyDossierHistory, footerDossierHistory, keyNewDossier, footerNewDossier, keyDossierFacets, footerDossierFacets, conflictTheirsKept, bulkDecided
    case bulkRefused, editorUnavailable, decisionLabelled, formCreated, formSaved, formTitleNew, formTitle, formIntro
    case formDiscard, formConflict, formConflictField, formConflictChoice, formConflictTitle, formHintKeepMine, formHintField, formHintChoose
    case formHintEditor, formHintGroup, facetIntro, facetDecision, facetTitle, facetHintApply, facetHintClear, bulkMarked
    case decisionConventionTitle, bulkInputTitle, conflictCriterion, conflictGrade, conflictIntro, conflictTheirs, conflictYours, conflictChoice
    case decisionConventionLabel, bulkHintMark, bulkHintDecide, editorTempFile, editorNotFound, editorMissing, editorFailed, cliOptionRole
    case errorBadRole, errorRoleRefused
    // MARK: Labels and alerts (issue 4)
    case kindModificationRequest
    case kindQualiopiAudit
    case subjectModificationRequest
    case baseRequestedOn
    case baseQualiopiAudit
    case explanationAuditOn
    case explanationAuditUnknown
    case lbRefusedAction
    case lbRefusedFuture
    case lbRefusedBeforeSignature
    case lbReasonNeeded
    case lbRefusedNotExpired
    case lbRefusedClosed
    case lbNoSuchRequest
    case lbAlreadyDecided
    case lbDecisionBeforeRequest
    case lbReportYearRange
    case lbReportTooEarly
    case lbOfficerInvalid
    case lbRenewalClosed
    case ahSnoozeDateNeeded
    case ahSnoozeInPast
    case lbStepWarning
    case lbStepHearing
    case lbStepDecision
    case lbActionAuditPassed
    case lbActionRestore
    case lbActionTerminate
    case lbActionExpire
    case modContent
    case modCertification
    case modModality
    case modImmersion
    case modSupport
    case modAccepted
    case modRefused
    case lbEventState
    case lbEventRenewal
    case lbReasonQuoted
    case lbEventLine
    case modDecidedOn
    case modPending
    case modLine
    case ahAcknowledgedBy
    case ahSnoozedBy
    case ahSnoozeEndedBy
    case lbExpiredAuto
    case lbAuditAction
    case lbSavedAction
    case lbAuditRequest, lbAuditNote
    case lbSavedRequest
    case lbAuditDecision
    case lbSavedDecision
    case lbAuditReport
    case lbSavedReport
    case lbSavedReportCleared
    case lbAuditOfficer
    case lbSavedOfficer
    case lbSavedOfficerCleared
    case lbRenewalAlreadyOpen
    case lbAuditRenewal
    case lbSavedRenewal
    case lbAuditRenewalDossier
    case ahAuditAcknowledged
    case ahAuditSnoozed
    case ahAuditCleared
    case keyLabelAction
    case footerLabelAction
    case keyLabelRequest
    case footerLabelRequest
    case keyLabelDecide
    case footerLabelDecide
    case keyLabelReport
    case footerLabelReport
    case keyLabelOfficer
    case footerLabelOfficer
    case keyLabelRenewal
    case footerLabelRenewal
    case keyAlertFilters
    case footerAlertFilters
    case keyAcknowledge
    case footerAcknowledge
    case keySnooze
    case footerSnooze
    case keyClearHandling
    case keyToggleSnoozed
    case colOfficer
    case afTitleFilters
    case afSnoozedCount
    case afNoOfficer
    case afAll, afAllFeminine
    case afKind
    case afSeverity
    case afRegion
    case afOfficer
    case afTitle
    case afNote
    case afOnlyAlerts
    case afSnoozedShown
    case afSnoozedHidden
    case ahNothingToClear
    case lbNotALabel
    case lbConflict
    case formTitleAction
    case formChange
    case formDate
    case formReason
    case formNoteAction
    case formTitleRequest
    case formRequestKind
    case formRequestedOn
    case formNote
    case formNoteRequest
    case formTitleDecide
    case formRequest
    case formRequestOption
    case formDecision
    case formDecidedOn
    case formTitleReport
    case formYear
    case formReceivedOn
    case formNoteReport
    case formTitleOfficer
    case formLogin
    case formNoteOfficer
    case formTitleRenewal
    case formNoteRenewal
    case formUntil
    case formTitleAcknowledge
    case formTitleSnooze
    case formNoteAcknowledge
    case formNoteSnooze
    case formDateNeeded
    case formYearNeeded
    case lbShownExpired
    case lbFieldOfficer
    case lbNoOfficer
    case lbAuditOn
    case lbAuditUnknown
    case lbFieldRenewal
    case lbSectionReports
    case lbReportReceived
    case lbReportMissing
    case lbSectionRequests
    case lbSectionHistory
    case ahField
    case ahHint
    case formHintApply
    case formHintNextField
    case smallFormHintChoose
    case ahSavedAcknowledged
    case ahSavedSnoozed
    case ahSavedCleared
    // MARK: Learners and figures (issue 4)
    case figOverall, figTargetPublic, figSessionsOnTarget, figWomen, figQPVZRR, figCompletion, figCertification
    case figPositive3, figPositive6, figWarnTargetSession, figWarnTargetSessions, figWarnWomen, figWarnQPV
    case lrnLastName, lrnFirstName, lrnGender, lrnBirthDate, lrnAddress, lrnInsee, lrnCommune, lrnQPV, lrnZRR
    case lrnTargetPublic, lrnJobSeeker, lrnCROUS, lrnExitKind, lrnExitDate, lrnExitReason, lrnCertification
    case lrnSituationEnd, lrnSituation3, lrnSituation6, lrnNotFilled, lrnRequired, lrnExitDateRequired
    case lrnExitReasonRequired, lrnTooLong, lrnBadDate, lrnFutureDate, lrnExitFirst, lrnExitBeforeStart, lrnBadInsee
    case lrnBadChoice, lrnGenderF, lrnGenderM, lrnGenderX, lrnExitFinished, lrnExitLeft, lrnSitEmployment
    case lrnSitTraining, lrnSitJobSeeking, lrnSitOther, lrnSitUnknown, lrnAuditCreated, lrnAuditRemoved, lrnAuditKey
    case lrnAuditUnchanged, lrnAuditChange, lrnAuditChanged, keyLearners, footerLearners, keyFiguresList
    case keyFiguresDetail, footerFigures, lrnFormErrors, lrnListTitle, lrnListEmpty, lrnListCount, lrnConfirmRemove
    case lrnFormAddTitle, lrnFormEditTitle, lrnSectionIdentity, lrnSectionSituation, lrnSectionOutcome, lrnDiscard
    case lrnConflict, lrnConflictLine, lrnConflictNone, lrnConflictChoice, lrnRemovedMeanwhile, lrnSavedAdded
    case lrnSavedUpdated, lrnSavedRemoved, lrnRemoveConflict, lrnNotHere, lrnUnavailable, lrnHintAdd, lrnHintEdit
    case lrnHintRemove, lrnHintBack, lrnHintNext, lrnHintChoose, lrnHintSave, lrnHintCancel, lrnHintYes, lrnHintNo
    case lrnHintKeepMine, lrnHintKeepTheirs, lrnOutcomeSummary, lrnCrousShort, figTitle, figLearners
    case figLearnersValue, figNone, figValue, figGoal, figGoalCount, figGoalAll, figReference, figWarnings
    case figNoWarning, figChildRegions, figChildTrainings, figChildSessions, figColName, figColLearners
    case figColTarget, figColWomen, figColQPV, figColCompletion, figColCertification, figColPositive3
    case figColPositive6, figRule, figHintOpen, figHintUp, figUnavailable, figEmpty
    // MARK: Import from the terminal application (issue 5)
    case keyImport, footerImport, impTitle, impChooseKind, impKindField, impFileField, impPathHelp, impEmptyPath
    case impReading, impWriting, impSectionCounts, impRowsRead, impToCreate, impToUpdate, impUnchanged
    case impNoChange, impSectionWarnings, impConfirmHint, impSectionErrors, impErrorsHint, impCancelled
    case impUnavailable, impHintChoose, impHintBack, impHintRead, impHintConfirm, impHintCancel, impHintReread
    case impHintScroll, impHintComplete, impNoCompletion, importMoreFiles
    // MARK: Sessions: modality, referencing and the session form (issue 4)
    case fieldModality, modalityPresentiel, modalityHybrid, modalityRemote, modalityNotRecorded
    case sectionReferencing, referencedDone, referencedNotDone
    case sesReferencedOn, sesRequired, sesBadDate, sesFutureDate, sesStartTooEarly, sesEndBeforeStart, sesBeforeStart
    case sesBadCapacity, sesBadChoice, sesAuditChange, sesAuditChanged, sesAuditUnchanged
    case keyEditSession, footerEditSession, sesFormTitle, sesSectionDates, sesSectionDocuments, sesSectionReferencing
    case sesFormErrors, sesDiscard, sesConflict, sesConflictLine, sesConflictNone, sesConflictChoice
    case sesSaved, sesSavedNothing, sesRemovedMeanwhile, sesNotHere, sesUnavailable, sesFormNote
    case modalityRemoteTooLong
    // MARK: Dossier detail (issue 3: everything the application form carries)
    case ddHoursExcludingImmersion, ddMonthsExcludingImmersion, ddSupportShare
    case ddPartnerSourcing, ddPartnerEmployment, ddPartnerFunding
    case bulkStale, ddOwnership, ddPartnershipEnd
    // MARK: Committee weights and list collection, from the committees view (issue 3)
    case instrCollectFuture, instrAlreadyCollected, instrAuditCollected, instrWeightsLine, instrHintWeights
    case instrHintCollect, instrInputWeights, instrInputWeightsLabel, instrInputCollect, instrWeightsFormat
    case instrSavedWeights, instrSavedCollected, instrInputCollectLabel, instrRankingFilter
    case noticeInadmissible, instrHintNotice, instrNoNotice
}
