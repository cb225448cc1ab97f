/// The one reading of a yes-or-no field, whatever the format it is written in: `true`/`false`,
/// `yes`/`no` or `1`/`0`, in any letter case (covering YAML's, XML Schema's and spreadsheets' spellings).
package enum BooleanText {
    /// The value of `text`, or nil when it is none of the spellings.
    package static func value(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "1": return true
        case "false", "no", "0": return false
        default: return nil
        }
    }
}
