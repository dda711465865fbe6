extension StyleRole {
    /// The role's place in ``allCases`` (declaration order), read from its stored form: a role
    /// is a one-byte case number, so this needs no lookup. `ThemeTests` checks the two agree.
    var position: Int {
        Int(unsafeBitCast(self, to: UInt8.self))
    }
}
