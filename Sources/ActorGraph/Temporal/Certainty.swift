/// How sure a query must be that a relation held on a day.
///
/// With partial dates a relation has two spans:
/// - *possibly active* on day d when `earliest(start) <= d <= latest(end)`;
/// - *certainly active* on day d when `latest(start) <= d <= earliest(end)`.
/// An open or absent start counts as the distant past, an open or absent end as the
/// distant future.
public enum Certainty: String, Hashable, Sendable, CaseIterable {
    /// The relation may have held (the default of every query).
    case possibly
    /// The relation held whatever the dates' imprecision.
    case certainly
}
