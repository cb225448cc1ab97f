/// Turns the names event files give actors into ActorGraph ids.
enum ActorIdentifier {
    /// A kebab-case id: letters and digits lowercased, every other run of characters one
    /// `-`, none at either end (`Citizen (India)` -> `citizen-india`); nil when nothing is left.
    static func kebabCase(_ name: String) -> String? {
        var id = ""
        var pendingDash = false
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash, !id.isEmpty { id.append("-") }
                pendingDash = false
                id.append(character)
            } else {
                pendingDash = true
            }
        }
        return id.isEmpty ? nil : id
    }
}
