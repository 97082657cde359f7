"""The evidence registry: cases, recovered items, components, photos, sources, custody."""
