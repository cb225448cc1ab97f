/// Whether a kind of relation draws actors together or sets them against each other.
public enum Tone: String, Hashable, Sendable, CaseIterable {
    /// Support, agreement, cooperation (Goldstein weight above zero).
    case cooperative
    /// Neither: a contact, a consultation.
    case neutral
    /// Criticism, opposition, fighting (Goldstein weight below zero).
    case conflictual
}
