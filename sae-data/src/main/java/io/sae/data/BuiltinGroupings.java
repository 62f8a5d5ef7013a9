package io.sae.data;

import io.sae.api.data.Grouping;
import java.util.List;

/**
 * The groupings of the papers, by registry name.
 *
 * <ul>
 *   <li>{@code mnist-abc}: A = (0, 1, 9), B = (4, 6, 8), C = (2, 3, 5, 7);
 *   <li>{@code fashion-seasons}: summer = (T-shirt/top, Sandal, Dress, Shirt), winter = (Pullover, Coat, Ankle
 *       boot), all-year = (Sneaker, Trouser, Bag);
 *   <li>{@code fashion-upper-body}: upper-body = (T-shirt/top, Pullover, Coat, Shirt), other = (Trouser, Dress,
 *       Sandal, Sneaker, Bag, Ankle boot). The papers name this split but not its members; we read "upper body"
 *       as garments worn on the upper body only, so a dress (worn on the whole body) counts as other.
 * </ul>
 *
 * Member names are the datasets' class names ({@code mnist}: "0".."9"; {@code fashion-mnist}: the official
 * Fashion-MNIST names).
 */
public final class BuiltinGroupings {
  private BuiltinGroupings() {}

  public static final Grouping MNIST_ABC = new Grouping(
      "mnist-abc",
      List.of("A", "B", "C"),
      List.of(List.of("0", "1", "9"), List.of("4", "6", "8"), List.of("2", "3", "5", "7")));

  public static final Grouping FASHION_SEASONS = new Grouping(
      "fashion-seasons",
      List.of("summer", "winter", "all-year"),
      List.of(
          List.of("T-shirt/top", "Sandal", "Dress", "Shirt"),
          List.of("Pullover", "Coat", "Ankle boot"),
          List.of("Sneaker", "Trouser", "Bag")));

  public static final Grouping FASHION_UPPER_BODY = new Grouping(
      "fashion-upper-body",
      List.of("upper-body", "other"),
      List.of(
          List.of("T-shirt/top", "Pullover", "Coat", "Shirt"),
          List.of("Trouser", "Dress", "Sandal", "Sneaker", "Bag", "Ankle boot")));

  /** All built-in groupings, in documentation order. */
  public static List<Grouping> all() {
    return List.of(MNIST_ABC, FASHION_SEASONS, FASHION_UPPER_BODY);
  }
}
