import Foundation

/// The templates, style sheets and scripts the HTML pages are made from, kept as resource
/// files of the module that writes the page (`Resources/NAME.mustache`, `.css`, `.js`).
package enum PageResource {
    /// The text of `Resources/NAME.EXTENSION` in `bundle`. A missing resource is a broken
    /// build, not bad input, so it stops the program with its name.
    package static func text(_ name: String, extension fileExtension: String, in bundle: Bundle) -> String {
        guard let url = bundle.url(forResource: name, withExtension: fileExtension, subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("the resource Resources/\(name).\(fileExtension) is missing from \(bundle.bundlePath)")
        }
        return text
    }
}
