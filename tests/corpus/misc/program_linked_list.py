# a singly linked list class with iteration, length, indexing and reversal
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError(i)
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return "LinkedList(" + repr(list(self)) + ")"
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[2])
ll.push(0)
ll.reverse()
print(ll, 3 in ll, 9 in ll)
try:
    ll[10]
except IndexError as e:
    print("IndexError", e.args)
