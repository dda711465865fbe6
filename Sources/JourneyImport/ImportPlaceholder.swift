enum ImportPlaceholder {}
