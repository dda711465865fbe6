import JourneyUI

extension Key {
    /// The key for a character the terminal sent as text (not a curses key code).
    ///
    /// Enter arrives as 10 or 13, Tab as 9, Escape as 27, Backspace as 127 or 8, and Control
    /// plus a letter as 1–26; other control characters mean nothing and give nil.
    init?(terminalCharacter value: UInt32) {
        switch value {
        case 10, 13: self = .enter
        case 9: self = .tab
        case 27: self = .escape
        case 8, 127: self = .backspace
        case 1...26:
            self = .control(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(value - 1))))
        default:
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .control else {
                return nil
            }
            self = .character(Character(scalar))
        }
    }
}
