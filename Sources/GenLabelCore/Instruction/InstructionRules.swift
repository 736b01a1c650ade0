/// The numbers of the instruction rules (§2b, §2c, DOMAIN.md), named. Those marked **Choice** are the
/// project's reading of the text; the others are the text's own thresholds.
public struct InstructionRules: Sendable, Equatable {
    /// §2b-3: at least this many hours, work immersion excluded.
    public var minimumHours: Int = 350
    /// §2b-3: at most this many months, work immersion excluded.
    public var maximumMonths: Int = 18
    /// §2b-3: a training is "remote" when more than this share (percent) of its modules are remote.
    public var remoteShareThreshold: Int = 50
    /// §2b-3: a remote training lasts at most this many months.
    public var maximumRemoteMonths: Int = 6
    /// §2b-6: the session rules apply to trainings shorter than this many months ("moins d'un an").
    public var shortTrainingMonths: Int = 12
    /// §2b-6: at least this many sessions a year.
    public var minimumSessionsPerYear: Int = 1
    /// §2b-6: at least this many different target-public learners per session.
    public var minimumTargetLearnersPerSession: Int = 10
    /// §2b-7: free for at least this many target-public people.
    public var minimumFundedPlaces: Int = 10
    /// §2c-5: support hours are at least this share (percent) of the total training hours.
    public var minimumSupportSharePercent: Int = 10
    /// **Choice** (DOMAIN.md §2c): the highest grade of a selection criterion (grades are 0…4).
    public var maximumGrade: Int = 4

    public init() {}
}
