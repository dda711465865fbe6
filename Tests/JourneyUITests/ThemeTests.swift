import Testing
@testable import JourneyUI

/// A theme answers by a role's position: every role's position is its place in `allCases`, and
/// each theme gives the style it was made with, plain for roles it leaves out.
struct ThemeTests {
    @Test func aRolesPositionIsItsPlaceAmongAllCases() {
        for (offset, role) in StyleRole.allCases.enumerated() {
            #expect(role.position == offset, "\(role)")
        }
    }

    @Test func aThemeGivesTheStylesItWasMadeWith() {
        let theme = Theme(name: "test", styles: [.title: Style(attributes: .bold), .notice: Style(foreground: .red)])
        #expect(theme[.title] == Style(attributes: .bold))
        #expect(theme[.notice] == Style(foreground: .red))
        #expect(theme[.text] == .plain)
        #expect(Theme.color[.selected] == Style(attributes: [.reverse, .bold]))
        #expect(Theme.monochrome[.label] == Style(attributes: .bold))
    }

    @Test func aRoleGivenTwiceTakesItsLastStyle() {
        let theme = Theme(name: "test", styles: [.title: Style(attributes: .bold), .title: Style(attributes: .dim)])
        #expect(theme[.title] == Style(attributes: .dim))
    }
}
