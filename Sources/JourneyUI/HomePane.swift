/// Which pane of the home screen the movement keys act on.
public enum HomePane: String, Hashable, Sendable {
    case timeline, detail
}
