"""Line 39's step as a walk downhill: Part 1's squared error as one weight varies."""
import numpy as np

from nn11site.figures.drawing import figure, new_figure, number
from nn11site.figures.svg import FG, S1, S2, S3


def squared_error(nonlin, X, y, syn0):
    """Half the sum of Part 1's squared misses: the quantity line 39 steps down."""
    return 0.5 * float(np.sum((y - nonlin(np.dot(X, syn0))) ** 2))


@figure("downhill")
def downhill_figure(runs):
    # the first iteration, as in the line 39 section; the third weight, whose curve has a
    # bottom (the first weight's only falls, towards ever larger values)
    weight = 2
    nonlin, X, y = runs.nonlin, runs.part1.namespace["X"], runs.part1.namespace["y"]
    before, after = runs.part1.series("syn0")[:2]
    change = float(after[weight, 0] - before[weight, 0])

    def error_at(value):
        syn0 = before.copy()
        syn0[weight, 0] = value
        return squared_error(nonlin, X, y, syn0)

    now = float(before[weight, 0])
    nudge = 1e-6
    # the error's gradient for this weight (Part 1 keeps "slope" for the sigmoid's)
    gradient = (error_at(now + nudge) - error_at(now - nudge)) / (2 * nudge)
    values = np.linspace(-2, 0.5, 26)
    errors = np.array([error_at(v) for v in values])
    bottom = float(values[errors.argmin()])

    fig, (ax,) = new_figure(height=3.0)
    ax.plot(values, errors, color=S1)
    span = np.array([now - 0.5, now + 0.5])
    ax.plot(span, error_at(now) + gradient * (span - now), color=S2, linewidth=1.4)
    ax.plot([now], [error_at(now)], "o", color=S2)
    ax.annotate(f"gradient {gradient:.4f}".replace("-", "\N{MINUS SIGN}"), (now, error_at(now)),
                xytext=(-12, -22), textcoords="offset points", ha="right", color=FG,
                fontsize=10)
    # the step is a change of the weight: drawn level, then down to the curve where it lands
    ax.annotate("", (now + change, error_at(now)), xytext=(now, error_at(now)),
                arrowprops={"arrowstyle": "-|>,head_width=0.25,head_length=0.5", "color": S3,
                            "linewidth": 1.8, "shrinkA": 4, "shrinkB": 0})
    ax.plot([now + change] * 2, [error_at(now), error_at(now + change)], ":", color=S3,
            linewidth=1.4)
    ax.plot([now + change], [error_at(now + change)], "o", color=S3, markersize=5)
    ax.annotate(f"line 39: +{change:.4f}", (now, error_at(now)), xytext=(4, 8),
                textcoords="offset points", color=FG, fontsize=10)
    ax.set_xlim(values[0], values[-1])
    ax.set_xlabel("weight 3, syn0[2] (the other two held)")
    ax.set_ylabel("squared error")
    alt = (f"Line chart of Part 1's squared error (half the sum of the four squared misses) "
           f"as weight 3 alone goes from {number(values[0], 1)} to {number(values[-1], 1)}, "
           f"weights 1 and 2 held at their starting values: a valley. At the first iteration "
           f"weight 3 is {number(now)} and the squared error {number(error_at(now))}, on the "
           f"valley's {'left' if now < bottom else 'right'} side. A tangent there shows the "
           f"gradient, {number(gradient)}. An arrow shows line 39's change to the weight, "
           f"+{number(change)}, downhill to {number(now + change)}, where the squared error "
           f"is {number(error_at(now + change))}.")
    caption = ("Part 1's squared error as weight 3 alone varies, at the first iteration: "
               "line 39 moves the weight by minus the gradient.")
    return fig, alt, caption
