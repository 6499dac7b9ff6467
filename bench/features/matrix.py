n = 60
A = [[(i * j) % 7 + 1.0 for j in range(n)] for i in range(n)]
B = [[(i + j) % 5 + 1.0 for j in range(n)] for i in range(n)]
s = 0.0
for r in range(12):
    C = [[sum(A[i][k] * B[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
    s += C[r][r]
print("checksum:", s)
