extension Buffer {
    /// Copies the cells of `rect` from another buffer of the same size (clipped to both).
    mutating func copy(_ rect: Rect, from other: Buffer) {
        guard other.width == width, other.height == height else { return }
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                self[x, y] = other[x, y]
            }
        }
    }
}
