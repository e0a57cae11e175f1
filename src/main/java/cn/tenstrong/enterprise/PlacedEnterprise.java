package cn.tenstrong.enterprise;

/**
 * An enterprise on a segment.
 *
 * @param enterprise  the enterprise
 * @param placement   how it is placed
 */
public record PlacedEnterprise(Enterprise enterprise, Placement placement) {
}
