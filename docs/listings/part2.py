import numpy as np

def nonlin(x,deriv=False):
    if(deriv==True):
        return x*(1-x)

    return 1/(1+np.exp(-x))

X = np.array([[0,0,1],
            [0,1,1],
            [1,0,1],
            [1,1,1]])

y = np.array([[0],
            [1],
            [1],
            [0]])

np.random.seed(1)

# two weight matrices, each drawn from -1 to 1
syn0 = 2*np.random.random((3,4)) - 1
syn1 = 2*np.random.random((4,1)) - 1

for j in range(60000):

    # forward pass through layers 0, 1 and 2
    l0 = X
    l1 = nonlin(np.dot(l0,syn0))
    l2 = nonlin(np.dot(l1,syn1))

    # the miss at the output
    l2_error = y - l2

    if (j% 10000) == 0:
        print("Error:" + format(np.mean(np.abs(l2_error)), ".12g"))

    # scale each miss by the slope at its guess: the deltas
    # are smallest for outputs near 0 or 1, right or wrong
    l2_delta = l2_error*nonlin(l2,deriv=True)

    # each hidden node's share of the miss, sent back through syn1
    l1_error = l2_delta.dot(syn1.T)

    # scale each hidden node's share by the slope at its value,
    # exactly as for the output layer
    l1_delta = l1_error * nonlin(l1,deriv=True)

    syn1 += l1.T.dot(l2_delta)
    syn0 += l0.T.dot(l1_delta)

print("Output After Training:")
print(l2)
