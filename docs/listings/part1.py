import numpy as np

# the sigmoid, and (deriv=True) its slope, given the sigmoid's OUTPUT x
def nonlin(x,deriv=False):
    if(deriv==True):
        return x*(1-x)
    return 1/(1+np.exp(-x))

# four training examples: one row each, one column per input
X = np.array([  [0,0,1],
                [0,1,1],
                [1,0,1],
                [1,1,1] ])

# the target for each row, written as a row and turned into a column
y = np.array([[0,0,1,1]]).T

# the same seed draws the same "random" weights on every run,
# so any change you make is the only thing that changes
np.random.seed(1)

# the weights: 3 inputs to 1 output, drawn from -1 to 1
syn0 = 2*np.random.random((3,1)) - 1

for iter in range(10000):

    # forward pass: the inputs, then one guess per example
    l0 = X
    l1 = nonlin(np.dot(l0,syn0))

    # the miss: target minus guess, one number per example
    l1_error = y - l1

    # scale each miss by the sigmoid's slope at its guess: the
    # deltas are smallest for guesses near 0 or 1, right or wrong
    l1_delta = l1_error * nonlin(l1,True)

    # every example's input times its delta, summed: the weight update
    syn0 += np.dot(l0.T,l1_delta)

print("Output After Training:")
print(l1)
